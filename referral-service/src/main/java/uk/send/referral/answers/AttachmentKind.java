package uk.send.referral.answers;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a school may send with an answer, recognised by their first bytes, never by the name or the
 * type the sender claims: a PDF starts {@code %PDF-}, a PNG with its eight-byte signature, a JPEG with
 * {@code FF D8 FF}.
 */
public enum AttachmentKind {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** The most a file may hold: 10 MB. */
    public static final long MOST_BYTES = 10L * 1024 * 1024;
    /** The most files one answer may carry. */
    public static final int MOST_FILES = 3;
    /** How many leading bytes are enough to tell the kinds apart. */
    static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    AttachmentKind(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind a file's first bytes show, if it is one the platform takes. */
    public static Optional<AttachmentKind> of(byte[] head) {
        return Arrays.stream(values()).filter(kind -> head.length >= kind.signature.length
                && Arrays.equals(head, 0, kind.signature.length, kind.signature, 0, kind.signature.length))
                .findFirst();
    }

    public static Optional<AttachmentKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
    }
}
