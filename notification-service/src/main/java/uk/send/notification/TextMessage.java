package uk.send.notification;

/**
 * How many parts a text message is sent in. Text in the GSM 03.38 alphabet goes 160 characters in a single message
 * and 153 a part in a longer one (its extension characters count twice); anything else (Welsh's circumflexed
 * vowels, say) goes as UCS-2: 70 characters alone, 67 a part. Notices keep to {@link #MOST_PARTS} parts, as GOV.UK
 * Notify advises for a message people read at once.
 */
public final class TextMessage {

    public static final int MOST_PARTS = 3;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private TextMessage() {
    }

    /** The parts the text is sent in. */
    public static int parts(String text) {
        int gsmLength = 0;
        for (char c : text.toCharArray()) {
            if (GSM_BASIC.indexOf(c) >= 0) {
                gsmLength++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                gsmLength += 2;
            } else {
                return parts(text.length(), 70, 67);
            }
        }
        return parts(gsmLength, 160, 153);
    }

    private static int parts(int length, int single, int perPart) {
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }
}
