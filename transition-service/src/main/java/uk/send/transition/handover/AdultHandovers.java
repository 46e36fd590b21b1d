package uk.send.transition.handover;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.ClinicalService;
import uk.send.transition.TransitionConfig;

/** The configured end of each children's service, read once and checked at start-up. */
@ApplicationScoped
public class AdultHandovers {

    private final Map<ClinicalService, ChildrensServiceEnd> ends = new EnumMap<>(ClinicalService.class);
    private final int planningMonths;

    AdultHandovers(TransitionConfig config) {
        config.handover().forEach((service, rule) -> {
            ClinicalService children = ClinicalService.valueOf(service);
            ends.put(children, ChildrensServiceEnd.of(children, rule.ends(),
                    rule.adultService().filter(name -> !name.isBlank()).map(ClinicalService::valueOf)));
        });
        this.planningMonths = config.adultHandoverMonths();
    }

    /** How a referral to this service ends in adulthood; empty for a service that carries on. */
    public Optional<ChildrensServiceEnd> of(ClinicalService service) {
        return Optional.ofNullable(ends.get(service));
    }

    public int planningMonths() {
        return planningMonths;
    }
}
