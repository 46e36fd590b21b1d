package uk.send.notification;

import java.util.Collection;
import java.util.List;

import uk.send.contracts.Channel;

/**
 * Which channel a notice goes by: the one the person asked for if it reaches them, else the first that does in the
 * order email, text, letter; and when a channel fails for good, the next of the others that reaches them. A family
 * who asked for text messages but cannot be texted is emailed if they gave an address, rather than waiting for a
 * letter. None: nobody can be reached, and the notice is held for the case work team.
 */
public final class ChannelChoice {

    private static final List<Channel> FALLBACK_ORDER = List.of(Channel.EMAIL, Channel.SMS, Channel.LETTER);

    private ChannelChoice() {
    }

    /** The channel to send by first; null when no channel reaches the person. */
    public static Channel first(Notice notice, Channel preferred) {
        if (preferred != null && notice.reachableBy(preferred)) {
            return preferred;
        }
        return FALLBACK_ORDER.stream().filter(notice::reachableBy).findFirst().orElse(null);
    }

    /** The channel to try after the notice's own and those already tried failed; null when none is left. */
    public static Channel next(Notice notice, Collection<Channel> tried) {
        return FALLBACK_ORDER.stream().filter(channel -> channel != notice.channel && !tried.contains(channel))
                .filter(notice::reachableBy).findFirst().orElse(null);
    }
}
