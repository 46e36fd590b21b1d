// GOV.UK Frontend styles its components for script only once the body says script runs. A file, not inline script,
// so that the pages' Content-Security-Policy can refuse every inline script.
document.body.className += ' js-enabled govuk-frontend-supported';
