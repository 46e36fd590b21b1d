package uk.send.transition.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.send.transition.Child;
import uk.send.transition.Setting;
import uk.send.transition.TransitionTimeline;
import uk.send.contracts.TransitionType;

/**
 * The partnership's transition figures per setting, alternative provision included (the inspection found AP
 * transition information "frequently incomplete"): due, at risk and overdue now, and moves in the last twelve months
 * made with the information incomplete.
 */
final class TransitionFigures {

    /** Moves between settings, whose information travels with the child; birthdays are not counted. */
    private static final Set<TransitionType> MOVES_BETWEEN_SETTINGS = EnumSet.of(TransitionType.STARTING_RECEPTION,
            TransitionType.JUNIOR_SCHOOL, TransitionType.MIDDLE_SCHOOL, TransitionType.SECONDARY_SCHOOL,
            TransitionType.POST_16, TransitionType.POST_16_INSTITUTION);

    private TransitionFigures() {
    }

    static List<ChildViews.SettingFigures> of(List<TransitionTimeline.OfChild> children, LocalDate today) {
        Map<Setting, int[]> counts = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            counts.put(setting, new int[4]);
        }
        LocalDate yearAgo = today.minusYears(1);
        for (TransitionTimeline.OfChild timeline : children) {
            Child child = timeline.child();
            int[] count = counts.get(child.setting);
            for (TransitionTimeline.Entry entry : timeline.entries()) {
                switch (entry.state()) {
                    case DUE -> count[0]++;
                    case AT_RISK -> count[1]++;
                    case OVERDUE -> count[2]++;
                    case MOVED -> {
                        boolean knownBefore = child.createdAt.atZone(ZoneId.of("Europe/London")).toLocalDate()
                                .isBefore(entry.on());
                        if (MOVES_BETWEEN_SETTINGS.contains(entry.transition()) && knownBefore
                                && !entry.on().isBefore(yearAgo)
                                && Boolean.FALSE.equals(entry.informationCompleteAtMove())) {
                            count[3]++;
                        }
                    }
                    default -> {
                        // Upcoming and complete transitions are not the partnership's concern today.
                    }
                }
            }
        }
        List<ChildViews.SettingFigures> figures = new ArrayList<>();
        counts.forEach((setting, count) -> figures.add(new ChildViews.SettingFigures(setting, count[0], count[1],
                count[2], count[3])));
        return figures;
    }
}
