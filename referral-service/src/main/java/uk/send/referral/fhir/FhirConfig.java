package uk.send.referral.fhir;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The FHIR view's settings. */
@ConfigMapping(prefix = "fhir")
public interface FhirConfig {

    /**
     * The base of the identifier systems and CodeSystems the partnership owns (school URNs, referral references, the
     * platform's statuses and closure reasons): a URL under the partnership's own domain ({@code FHIR_SYSTEM_BASE}).
     */
    @WithDefault("https://fhir.send-partnership.example")
    String systemBase();
}
