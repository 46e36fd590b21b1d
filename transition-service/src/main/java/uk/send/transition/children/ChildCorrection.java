package uk.send.transition.children;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.send.identifiers.SchoolUrn;
import uk.send.identifiers.YearGroup;
import uk.send.problems.Problem;
import uk.send.transition.Child;
import uk.send.transition.Setting;
import uk.send.transition.calendar.SchoolCalendar;
import uk.send.transition.calendar.SchoolStructure;
import uk.send.transition.calendar.TransitionCalendar;

/**
 * A case worker's correction of a child's record: only the fields sent change, a field sent as null is cleared where
 * that means something (no school, back in their age cohort, two tiers, no planned move), and every field is checked
 * against the child before anything changes. What each field may hold is stated once, here.
 */
public final class ChildCorrection {

    /** The fields a correction may carry. */
    static final Set<String> FIELDS = Set.of("setting", "schoolUrn", "yearGroup", "separateJuniorSchool",
            "threeTier", "post16MoveOn", "ehcPlan", "ehcPlanIssuedOn", "ehcPlanLastReviewed", "socialCareInvolved",
            "detailsConfirmed");

    /** How far a child can be taught out of their age cohort: two years either way. */
    static final int MOST_YEARS_OUT_OF_COHORT = 2;

    /** The fields' new values, as the child's record will hold them, by field name; in the order sent. */
    private final Map<String, Object> changes;

    private ChildCorrection(Map<String, Object> changes) {
        this.changes = changes;
    }

    /**
     * Reads a correction against the child as it is today.
     *
     * @throws InvalidCorrection naming every bad field, when one is
     */
    public static ChildCorrection read(ObjectNode body, Child child, LocalDate today, KnownSchools schools) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, Object> changes = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        Fields read = new Fields(violations);
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!FIELDS.contains(name)) {
                violations.add(new Problem.Violation(name, "is not a field of a child's record that can be corrected"));
                continue;
            }
            switch (name) {
                case "setting" -> read.setting(name, value).ifPresent(v -> changes.put(name, v));
                case "schoolUrn" -> {
                    if (value.isNull()) {
                        changes.put(name, null);
                    } else if (!value.isTextual() || !SchoolUrn.isValid(value.asText())) {
                        violations.add(new Problem.Violation(name, SchoolUrn.MESSAGE));
                    } else if (!schools.isKnown(value.asText())) {
                        violations.add(new Problem.Violation(name,
                                "is not a school or setting known to the partnership: add it first"));
                    } else {
                        changes.put(name, value.asText());
                    }
                }
                case "yearGroup" -> {
                    if (value.isNull()) {
                        changes.put(name, null);
                    } else if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                        violations.add(new Problem.Violation(name, "has the wrong type or format: expected a whole "
                                + "number"));
                    } else {
                        int cohort = SchoolCalendar.forChild(child.dateOfBirth).yearGroupOn(today);
                        int yearGroup = value.asInt();
                        if (!YearGroup.isValid(yearGroup)
                                || Math.abs(yearGroup - cohort) > MOST_YEARS_OUT_OF_COHORT) {
                            violations.add(new Problem.Violation(name, "must be a year group within "
                                    + MOST_YEARS_OUT_OF_COHORT + " years of the child's age cohort (Year " + cohort
                                    + " this school year), from -1 (nursery) to 14"));
                        } else {
                            changes.put(name, yearGroup);
                        }
                    }
                }
                case "threeTier" -> {
                    if (value.isNull()) {
                        changes.put(name, null);
                    } else if (!value.isObject() || !value.path("middleSchoolFrom").isInt()
                            || !value.path("upperSchoolFrom").isInt() || value.size() != 2) {
                        violations.add(new Problem.Violation(name, "must be {middleSchoolFrom, upperSchoolFrom}, "
                                + "the year groups children start middle and upper school in, or null for two tiers"));
                    } else if (!SchoolStructure.isThreeTier(value.get("middleSchoolFrom").asInt(),
                            value.get("upperSchoolFrom").asInt())) {
                        violations.add(new Problem.Violation(name, "must start middle school in Year 4 to 7 and "
                                + "upper school at least two years later, by Year 10"));
                    } else {
                        changes.put(name, new int[] {value.get("middleSchoolFrom").asInt(),
                                value.get("upperSchoolFrom").asInt()});
                    }
                }
                case "post16MoveOn" -> {
                    if (value.isNull()) {
                        changes.put(name, null);
                    } else {
                        read.date(name, value).ifPresent(day -> {
                            if (day.isBefore(child.calendar().startOf(TransitionCalendar.POST_16_FROM))) {
                                violations.add(new Problem.Violation(name,
                                        "must be after the young person starts post-16 education"));
                            } else {
                                changes.put(name, day);
                            }
                        });
                    }
                }
                case "ehcPlanIssuedOn", "ehcPlanLastReviewed" -> {
                    if (value.isNull()) {
                        changes.put(name, null);
                    } else {
                        read.date(name, value).ifPresent(day -> {
                            if (day.isAfter(today)) {
                                violations.add(new Problem.Violation(name, "must not be in the future"));
                            } else if (day.isBefore(child.dateOfBirth)) {
                                violations.add(new Problem.Violation(name, "must not be before the child was born"));
                            } else {
                                changes.put(name, day);
                            }
                        });
                    }
                }
                case "separateJuniorSchool", "ehcPlan", "socialCareInvolved" ->
                        read.bool(name, value).ifPresent(v -> changes.put(name, v));
                case "detailsConfirmed" -> read.bool(name, value).ifPresent(v -> {
                    if (!v) {
                        violations.add(new Problem.Violation(name, "can only be set to true: a record once "
                                + "confirmed is corrected, not unconfirmed"));
                    } else {
                        changes.put(name, true);
                    }
                });
                default -> throw new IllegalStateException(name);
            }
        }
        if (body.isEmpty()) {
            violations.add(new Problem.Violation("body", "must name at least one field to correct"));
        }
        LocalDate issued = (LocalDate) changes.getOrDefault("ehcPlanIssuedOn", child.ehcPlanIssuedOn);
        LocalDate reviewed = (LocalDate) changes.getOrDefault("ehcPlanLastReviewed", child.ehcPlanLastReviewed);
        if (issued != null && reviewed != null && reviewed.isBefore(issued)
                && (changes.containsKey("ehcPlanIssuedOn") || changes.containsKey("ehcPlanLastReviewed"))) {
            violations.add(new Problem.Violation(changes.containsKey("ehcPlanLastReviewed") ? "ehcPlanLastReviewed"
                    : "ehcPlanIssuedOn", "the last review must not be before the plan was issued"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCorrection(violations);
        }
        return new ChildCorrection(changes);
    }

    /**
     * Applies the correction; returns each change as field, old value, new value (text), for the audit. Fields sent
     * with the value they already had are not changes.
     */
    public List<String[]> applyTo(Child child, LocalDate today) {
        List<String[]> made = new ArrayList<>();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String field = change.getKey();
            Object value = change.getValue();
            String before = current(child, field);
            switch (field) {
                case "setting" -> child.setting = (Setting) value;
                case "schoolUrn" -> child.schoolUrn = (String) value;
                case "yearGroup" -> {
                    child.actualYearGroup = (Integer) value;
                    child.yearGroupRecordedOn = value == null ? null : today;
                }
                case "threeTier" -> {
                    child.middleSchoolFrom = value == null ? null : ((int[]) value)[0];
                    child.upperSchoolFrom = value == null ? null : ((int[]) value)[1];
                }
                case "separateJuniorSchool" -> child.separateJuniorSchool = (Boolean) value;
                case "post16MoveOn" -> child.post16MoveOn = (LocalDate) value;
                case "ehcPlan" -> child.ehcPlan = (Boolean) value;
                case "ehcPlanIssuedOn" -> child.ehcPlanIssuedOn = (LocalDate) value;
                case "ehcPlanLastReviewed" -> child.ehcPlanLastReviewed = (LocalDate) value;
                case "socialCareInvolved" -> child.socialCareInvolved = (Boolean) value;
                case "detailsConfirmed" -> child.detailsConfirmed = true;
                default -> throw new IllegalStateException(field);
            }
            String after = current(child, field);
            if (!Objects.equals(before, after)) {
                made.add(new String[] {field, before, after});
            }
        }
        return made;
    }

    /** A field's value on the record, as the audit writes it. */
    private static String current(Child child, String field) {
        Object value = switch (field) {
            case "setting" -> child.setting;
            case "schoolUrn" -> child.schoolUrn;
            case "yearGroup" -> child.actualYearGroup;
            case "threeTier" -> child.middleSchoolFrom == null ? null
                    : "middle from Year " + child.middleSchoolFrom + ", upper from Year " + child.upperSchoolFrom;
            case "separateJuniorSchool" -> child.separateJuniorSchool;
            case "post16MoveOn" -> child.post16MoveOn;
            case "ehcPlan" -> child.ehcPlan;
            case "ehcPlanIssuedOn" -> child.ehcPlanIssuedOn;
            case "ehcPlanLastReviewed" -> child.ehcPlanLastReviewed;
            case "socialCareInvolved" -> child.socialCareInvolved;
            case "detailsConfirmed" -> child.detailsConfirmed;
            default -> throw new IllegalStateException(field);
        };
        return value == null ? null : value.toString();
    }

    /** Reads one JSON value of a type, or records why it cannot. */
    private record Fields(List<Problem.Violation> violations) {

        Optional<Setting> setting(String name, JsonNode value) {
            if (value.isTextual()) {
                try {
                    return Optional.of(Setting.valueOf(value.asText()));
                } catch (IllegalArgumentException e) {
                    // reported below
                }
            }
            violations.add(new Problem.Violation(name, "must be one of "
                    + Arrays.toString(Setting.values())));
            return Optional.empty();
        }

        Optional<Boolean> bool(String name, JsonNode value) {
            if (value.isBoolean()) {
                return Optional.of(value.asBoolean());
            }
            violations.add(new Problem.Violation(name, "has the wrong type or format: expected true or false"));
            return Optional.empty();
        }

        Optional<LocalDate> date(String name, JsonNode value) {
            if (value.isTextual()) {
                try {
                    return Optional.of(LocalDate.parse(value.asText()));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            violations.add(new Problem.Violation(name, "has the wrong type or format: expected a date as YYYY-MM-DD"));
            return Optional.empty();
        }
    }
}
