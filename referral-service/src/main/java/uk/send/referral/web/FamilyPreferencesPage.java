package uk.send.referral.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import uk.send.access.CallerIdentity;
import uk.send.contracts.AccessibleFormat;
import uk.send.contracts.Channel;
import uk.send.referral.api.FamilyPreferences;
import uk.send.referral.api.FamilyReferralView;
import uk.send.referral.api.FamilyViews;
import uk.send.referral.api.SubmitReferralRequest;
import uk.send.referral.family.FamilyWords;

/**
 * Where a family member changes how they hear about a referral: by email, text message or letter, the details that
 * needs, their language and an accessible format. The same rules as {@code PUT /api/family/referrals/{id}/preferences};
 * a problem is shown beside the field it is about, in plain words.
 */
@Path("/family/referrals/{id}/preferences")
@RolesAllowed(CallerIdentity.FAMILY)
@Produces(MediaType.TEXT_HTML)
public class FamilyPreferencesPage {

    /** Languages families in the area most often ask for, offered first; any other can be kept. */
    static final List<String> LANGUAGES = List.of("en", "cy", "pl", "ur", "pa", "bn", "gu", "ar", "ro", "so", "pt",
            "lt", "tr");

    /** A choice in a list, as the page shows it. */
    @TemplateData
    public record Choice(String value, String label, boolean chosen) {
    }

    /** A problem with the form: the field it is about (its id on the page) and what to do. */
    @TemplateData
    public record FieldError(String field, String message) {
    }

    private final FamilyViews views;
    private final FormToken formToken;
    private final JsonWebToken session;
    private final Validator validator;
    private final Template page;

    FamilyPreferencesPage(FamilyViews views, FormToken formToken, JsonWebToken session,
            Validator validator, @Location("family/preferences.html") Template page) {
        this.views = views;
        this.formToken = formToken;
        this.session = session;
        this.validator = validator;
        this.page = page;
    }

    @GET
    public Response show(@PathParam("id") UUID id) {
        FamilyReferralView referral = QuarkusTransaction.requiringNew()
                .call(() -> views.one(id, "family preferences page"));
        FamilyReferralView.You you = referral.you();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("preferredChannel", you.preferredChannel().name());
        form.put("email", nothingAsBlank(you.email()));
        form.put("mobile", nothingAsBlank(you.mobile()));
        form.put("addressLine1", nothingAsBlank(you.addressLine1()));
        form.put("addressLine2", nothingAsBlank(you.addressLine2()));
        form.put("postcode", nothingAsBlank(you.postcode()));
        form.put("language", you.language());
        form.put("accessibleFormat", you.accessibleFormat() == null ? AccessibleFormat.NONE.name()
                : you.accessibleFormat().name());
        return render(200, referral, form, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, MultivaluedMap<String, String> submitted) {
        if (!formToken.matches(session, submitted.getFirst("csrf"))) {
            return FamilyForms.expired();
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("preferredChannel", "email", "mobile", "addressLine1", "addressLine2", "postcode",
                "language", "accessibleFormat")) {
            String value = submitted.getFirst(field);
            form.put(field, value == null ? "" : value.strip());
        }
        FamilyPreferences preferences = preferences(form);
        List<FieldError> errors = preferences == null
                ? List.of(new FieldError("channel-EMAIL", "Choose how you would like us to contact you"))
                : errors(validator.validate(preferences));
        if (!errors.isEmpty()) {
            FamilyReferralView referral = QuarkusTransaction.requiringNew()
                    .call(() -> views.one(id, "family preferences page"));
            return render(400, referral, form, errors);
        }
        QuarkusTransaction.requiringNew().run(() -> views.changePreferences(id, preferences));
        return Response.seeOther(URI.create("/family/referrals?changed=true#referral-" + id)).build();
    }

    /** The form as preferences; null when no channel is chosen, the one thing without which nothing can be sent. */
    private static FamilyPreferences preferences(Map<String, String> form) {
        Channel channel = Stream.of(Channel.values()).filter(c -> c.name().equals(form.get("preferredChannel")))
                .findFirst().orElse(null);
        if (channel == null) {
            return null;
        }
        boolean noAddress = form.get("addressLine1").isEmpty() && form.get("addressLine2").isEmpty()
                && form.get("postcode").isEmpty();
        AccessibleFormat format = Stream.of(AccessibleFormat.values())
                .filter(f -> f.name().equals(form.get("accessibleFormat"))).findFirst().orElse(AccessibleFormat.NONE);
        return new FamilyPreferences(channel, blankAsNothing(form.get("email")), blankAsNothing(form.get("mobile")),
                noAddress ? null : new SubmitReferralRequest.PostalAddress(form.get("addressLine1"),
                        blankAsNothing(form.get("addressLine2")), form.get("postcode")),
                form.get("language").isEmpty() ? null : form.get("language"), format);
    }

    /** The validator's findings in the words of the GOV.UK design system, each on the field it is about. */
    private static List<FieldError> errors(Set<ConstraintViolation<FamilyPreferences>> violations) {
        List<FieldError> errors = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            boolean needed = violation.getMessage().startsWith("is needed");
            FieldError error = switch (path) {
                case "email" -> new FieldError("email", needed
                        ? "Enter your email address, or choose another way for us to contact you"
                        : "Enter an email address in the correct format, like name@example.com");
                case "mobile" -> new FieldError("mobile", needed
                        ? "Enter your mobile phone number, or choose another way for us to contact you"
                        : "Enter a UK mobile phone number, like 07700 900 982");
                case "postalAddress", "postalAddress.line1" -> new FieldError("addressLine1", needed
                        ? "Enter your address, or choose another way for us to contact you"
                        : "Enter the first line of your address");
                case "postalAddress.postcode" -> new FieldError("postcode", "Enter a real postcode, like AB1 2CD");
                case "postalAddress.line2" -> new FieldError("addressLine2", "Enter a shorter second line");
                case "language" -> new FieldError("language", "Choose a language from the list");
                default -> new FieldError("channel-EMAIL", "Check how you would like us to contact you");
            };
            if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
                errors.add(error);
            }
        });
        return errors;
    }

    private Response render(int status, FamilyReferralView referral, Map<String, String> form,
            List<FieldError> errors) {
        String chosenLanguage = form.get("language");
        List<String> codes = new ArrayList<>(LANGUAGES);
        if (!chosenLanguage.isEmpty() && !codes.contains(chosenLanguage)) {
            codes.add(chosenLanguage);
        }
        List<Choice> languages = codes.stream()
                .map(code -> new Choice(code, FamilyWords.languageName(code), code.equals(chosenLanguage))).toList();
        List<Choice> channels = List.of(
                new Choice("EMAIL", "Email", "EMAIL".equals(form.get("preferredChannel"))),
                new Choice("SMS", "Text message", "SMS".equals(form.get("preferredChannel"))),
                new Choice("LETTER", "Letter", "LETTER".equals(form.get("preferredChannel"))));
        List<Choice> formats = List.of(
                new Choice("NONE", "No, the usual format is fine", "NONE".equals(form.get("accessibleFormat"))),
                new Choice("LARGE_PRINT", "Large print", "LARGE_PRINT".equals(form.get("accessibleFormat"))),
                new Choice("EASY_READ", "Easy read", "EASY_READ".equals(form.get("accessibleFormat"))),
                new Choice("BRAILLE", "Braille", "BRAILLE".equals(form.get("accessibleFormat"))),
                new Choice("AUDIO", "Audio", "AUDIO".equals(form.get("accessibleFormat"))),
                new Choice("INTERPRETER", "Someone to read it with me in British Sign Language or another language",
                        "INTERPRETER".equals(form.get("accessibleFormat"))));
        Map<String, String> errorFor = new LinkedHashMap<>();
        errors.forEach(error -> errorFor.put(error.field(), error.message()));
        String html = page.data("referral", referral)
                .data("form", form)
                .data("channels", channels)
                .data("languages", languages)
                .data("formats", formats)
                .data("errors", errors)
                .data("errorFor", errorFor)
                .data("csrf", formToken.issue(session))
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML).entity(html).build();
    }

    private static String nothingAsBlank(String value) {
        return value == null ? "" : value;
    }

    private static String blankAsNothing(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
