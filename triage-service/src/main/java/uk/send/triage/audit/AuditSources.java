package uk.send.triage.audit;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The other services whose record of access the portal's audit page gathers, by name and base URL. */
@ConfigMapping(prefix = "portal-audit")
public interface AuditSources {

    Map<String, String> sources();
}
