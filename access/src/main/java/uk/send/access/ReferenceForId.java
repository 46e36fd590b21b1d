package uk.send.access;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import uk.send.identifiers.ReferralReference;

/**
 * A referral's reference ({@code SND-4KQ7-9TXC}, in any case, with or without dashes) is accepted wherever its id is:
 * in a path, right after {@code referrals/}, and as the {@code referralId} query parameter. It is swapped for the id
 * before the request is matched, so every endpoint, its access rules and its audit record see the id alone. A
 * reference this service does not know is left as it is, and is found nowhere: the caller learns nothing more than
 * from an unknown id.
 */
public class ReferenceForId {

    private static final Pattern IN_PATH = Pattern.compile("(/referrals/)([^/?#]+)");
    private static final Pattern IN_QUERY = Pattern.compile("(^|&)(referralId=)([^&]*)");

    private final Instance<ReferralIds> ids;

    ReferenceForId(Instance<ReferralIds> ids) {
        this.ids = ids;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> swap(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        Optional<String> inPath = reference(IN_PATH.matcher(uri.getRawPath()), 2);
        Optional<String> inQuery = uri.getRawQuery() == null ? Optional.empty()
                : reference(IN_QUERY.matcher(uri.getRawQuery()), 3);
        if ((inPath.isEmpty() && inQuery.isEmpty()) || !ids.isResolvable()) {
            return Uni.createFrom().voidItem();
        }
        // The lookup reads the database: off the event loop, in a transaction of its own.
        return Uni.createFrom().item(() -> QuarkusTransaction.requiringNew().call(() -> {
            String path = inPath.flatMap(reference -> ids.get().idOf(reference))
                    .map(id -> IN_PATH.matcher(uri.getRawPath()).replaceFirst("$1" + id))
                    .orElse(uri.getRawPath());
            String query = inQuery.flatMap(reference -> ids.get().idOf(reference))
                    .map(id -> IN_QUERY.matcher(uri.getRawQuery()).replaceFirst("$1$2" + id))
                    .orElse(uri.getRawQuery());
            return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (query == null ? "" : "?" + query));
        })).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .invoke(request::setRequestUri).replaceWithVoid();
    }

    /** The reference in the matched group, as stored; empty for an id or anything else. */
    private static Optional<String> reference(Matcher found, int group) {
        if (!found.find()) {
            return Optional.empty();
        }
        String value = URLDecoder.decode(found.group(group), StandardCharsets.UTF_8);
        if (isUuid(value)) {
            return Optional.empty();
        }
        return ReferralReference.normalise(value);
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
