package uk.send.referral.answers;

import uk.send.problems.Problem;
import uk.send.problems.Refusal;

/** A file the platform does not take: too large (413) or not a PDF, PNG or JPEG by its content (415). */
public class AttachmentRefused extends Refusal {

    private final int status;

    private AttachmentRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    static AttachmentRefused tooLarge(String fileName) {
        return new AttachmentRefused(413, "Each file must be at most 10 MB: " + fileName + " is larger. Nothing was "
                + "stored.");
    }

    static AttachmentRefused notAllowed(String fileName) {
        return new AttachmentRefused(415, "Only PDF, PNG and JPEG files can be sent: " + fileName + " is none of them,"
                + " whatever its name says. Nothing was stored.");
    }

    @Override
    public Problem problem() {
        return Problem.of(status, status == 413 ? "Content Too Large" : "Unsupported Media Type", getMessage());
    }
}
