package io.github.kpiengine.examples.sample;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.Source;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.review.ReviewInput;
import io.github.kpiengine.review.ReviewTargets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A sample sales organisation, Northwind Office Systems, with a year of activity generated from a
 * fixed seed: the same company, figure for figure, on every run.
 *
 * <p>Two departments (Enterprise and Mid-Market), four teams, sixteen reps, every cold call, first
 * appointment, proposal and referral request of 2026, and every opportunity with its stage history,
 * as far as it was known on 31 December 2026. Business is quiet in August and in the last two weeks
 * of December; referred prospects (from clients and partners) convert better than cold ones. A few
 * reps stand out from their peers on purpose:
 * <ul>
 *   <li>{@value #SMALL_DEALS} (Mid-Market East) sells at well under half the team's revenue per sale;</li>
 *   <li>{@value #SHORT_CYCLE} (Enterprise South) closes in about half the team's sales cycle;</li>
 *   <li>{@value #WEAK_PROPOSALS} (Mid-Market West) turns under 65 % of first appointments into proposals;</li>
 *   <li>{@value #STAR_CLOSER} (Enterprise North) wins far more of the proposals than the team;</li>
 *   <li>{@value #LOW_ACTIVITY} (Enterprise North) makes half the calls of the team.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #log()} returns a new log on each call.
 */
public final class SampleCompany {

    /** The seed of the generator. */
    public static final long SEED = 20_260_101L;

    /** The year the sample covers. */
    public static final int YEAR = 2026;

    /** The pipeline: an opportunity opens at the first appointment, then goes to proposal and a close. */
    public static final Pipeline PIPELINE = Pipeline.of("first_appointment", "proposal");

    /** The rep whose revenue per sale is well under the team's. */
    public static final String SMALL_DEALS = "nora";

    /** The rep whose sales cycle is much shorter than the team's. */
    public static final String SHORT_CYCLE = "felix";

    /** The rep whose appointment to proposal ratio is under 65 %. */
    public static final String WEAK_PROPOSALS = "omar";

    /** The rep who wins far more of the proposals than the team. */
    public static final String STAR_CLOSER = "lena";

    /** The rep who makes half the calls of the team. */
    public static final String LOW_ACTIVITY = "tom";

    private static final String CURRENCY = "EUR";

    private static final List<RepProfile> PROFILES = List.of(
            new RepProfile("lena", "Lena Hoffmann", "ent_north", 12, 0.20, 0.6, 0.72, 0.58, 40_000, 75),
            new RepProfile("marc", "Marc Dubois", "ent_north", 12, 0.21, 0.5, 0.71, 0.40, 41_000, 78),
            new RepProfile("tom", "Tom Becker", "ent_north", 6, 0.20, 0.4, 0.70, 0.41, 39_000, 74),
            new RepProfile("sara", "Sara Lindqvist", "ent_north", 13, 0.19, 0.5, 0.73, 0.42, 42_000, 72),
            new RepProfile("felix", "Felix Wagner", "ent_south", 12, 0.20, 0.5, 0.72, 0.42, 38_000, 34),
            new RepProfile("ines", "Ines Carvalho", "ent_south", 11, 0.22, 0.6, 0.70, 0.40, 40_000, 76),
            new RepProfile("paul", "Paul Meyer", "ent_south", 12, 0.19, 0.5, 0.74, 0.39, 43_000, 80),
            new RepProfile("rita", "Rita Novak", "ent_south", 12, 0.20, 0.4, 0.71, 0.43, 39_000, 73),
            new RepProfile("nora", "Nora Svensson", "mm_east", 16, 0.21, 0.6, 0.72, 0.46, 7_500, 44),
            new RepProfile("jonas", "Jonas Keller", "mm_east", 15, 0.20, 0.5, 0.70, 0.45, 18_000, 46),
            new RepProfile("chloe", "Chloe Martin", "mm_east", 15, 0.19, 0.6, 0.73, 0.44, 19_000, 42),
            new RepProfile("david", "David Rossi", "mm_east", 14, 0.20, 0.5, 0.71, 0.47, 17_500, 45),
            new RepProfile("omar", "Omar Haddad", "mm_west", 16, 0.21, 0.5, 0.50, 0.45, 18_500, 44),
            new RepProfile("anna", "Anna Kowalski", "mm_west", 15, 0.20, 0.6, 0.72, 0.46, 18_000, 47),
            new RepProfile("lukas", "Lukas Brandt", "mm_west", 14, 0.20, 0.5, 0.70, 0.44, 17_000, 43),
            new RepProfile("emma", "Emma Laurent", "mm_west", 15, 0.19, 0.5, 0.74, 0.45, 19_500, 45));

    private static final Map<String, Long> QUARTERLY_TARGET_BY_DEPARTMENT = Map.of(
            "enterprise", 420_000L, "midmarket", 230_000L);

    private final OrgTree org;
    private final WorkCalendar calendar;
    private final List<Activity> activities;
    private final List<Opportunity> opportunities;

    private SampleCompany(OrgTree org, WorkCalendar calendar, List<Activity> activities,
            List<Opportunity> opportunities) {
        this.org = org;
        this.calendar = calendar;
        this.activities = List.copyOf(activities);
        this.opportunities = List.copyOf(opportunities);
    }

    /**
     * Returns the sample company generated from {@link #SEED}.
     *
     * @return the sample company
     */
    public static SampleCompany create() {
        return generate(SEED);
    }

    /**
     * Returns a sample company generated from a seed: the same organisation and habits, other chance
     * events.
     *
     * @param seed the seed of the generator
     * @return the sample company
     */
    public static SampleCompany generate(long seed) {
        WorkCalendar calendar = workCalendar();
        List<Activity> activities = new ArrayList<>();
        List<Opportunity> opportunities = new ArrayList<>();
        for (int i = 0; i < PROFILES.size(); i++) {
            new RepYear(PROFILES.get(i), calendar, new Random(seed * 31 + i), activities, opportunities).generate();
        }
        activities.sort(Comparator.comparing(Activity::date));
        opportunities.sort(Comparator.comparing(Opportunity::created).thenComparing(Opportunity::id));
        return new SampleCompany(organisation(), calendar, activities, opportunities);
    }

    private static OrgTree organisation() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("company", "Northwind Office Systems", "lena")
                .unit("enterprise", "Enterprise", "company", "lena")
                .unit("ent_north", "Enterprise North", "enterprise", "lena")
                .unit("ent_south", "Enterprise South", "enterprise", "ines")
                .unit("midmarket", "Mid-Market", "company", "jonas")
                .unit("mm_east", "Mid-Market East", "midmarket", "jonas")
                .unit("mm_west", "Mid-Market West", "midmarket", "anna");
        PROFILES.forEach(p -> builder.rep(Rep.of(p.id(), p.name()), p.teamId()));
        return builder.build();
    }

    private static WorkCalendar workCalendar() {
        return WorkCalendar.builder()
                .holidays(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)))
                .build();
    }

    /**
     * Returns the organisation: the company, its two departments and four teams, and the reps.
     *
     * @return the org tree
     */
    public OrgTree org() {
        return org;
    }

    /**
     * Returns the working calendar: Monday to Friday, with the public holidays of the sample.
     *
     * @return the calendar
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the activities of the year, in date order.
     *
     * @return the activities
     */
    public List<Activity> activities() {
        return activities;
    }

    /**
     * Returns the opportunities as known at the end of the year, in order of creation.
     *
     * @return the opportunities
     */
    public List<Opportunity> opportunities() {
        return opportunities;
    }

    /**
     * Returns a new log holding every activity and opportunity of the sample.
     *
     * @return a new activity log
     */
    public ActivityLog log() {
        ActivityLog log = ActivityLog.create();
        activities.forEach(log::append);
        opportunities.forEach(log::append);
        return log;
    }

    /**
     * Returns the year the sample covers.
     *
     * @return 2026
     */
    public SalesPeriod year() {
        return SalesPeriod.ofYear(YEAR);
    }

    /**
     * Returns the months whose opportunities had time to close by the end of the year, January to
     * September: the conversion ratios are measured on their cohorts.
     *
     * @return January to September 2026
     */
    public SalesPeriod matureCohorts() {
        return SalesPeriod.of(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 9, 30));
    }

    /**
     * Returns the last quarter of the year, whose pace of new opportunities the barometer reads.
     *
     * @return the fourth quarter of 2026
     */
    public SalesPeriod lastQuarter() {
        return SalesPeriod.ofQuarter(YEAR, 4);
    }

    /**
     * Returns the quarter to plan.
     *
     * @return the first quarter of 2027
     */
    public SalesPeriod nextQuarter() {
        return SalesPeriod.ofQuarter(YEAR + 1, 1);
    }

    /**
     * Returns a rep's revenue target for {@link #nextQuarter()}, set by department.
     *
     * @param repId the rep's id
     * @return the target
     * @throws IllegalArgumentException if the rep is not in the company
     */
    public Money quarterlyTarget(String repId) {
        Objects.requireNonNull(repId, "repId");
        String team = org.unitOf(repId).id();
        String department = org.parent(team).orElseThrow().id();
        return Money.of(CURRENCY, QUARTERLY_TARGET_BY_DEPARTMENT.get(department));
    }

    /**
     * Returns what the sales review reads: this company's org, log and calendar, its year, the
     * cohorts of January to September (so that every deal had time to close), the pace of the last
     * quarter, the next quarter planned at every rep's quarterly target, and the opportunities still
     * open at the year's end. New opportunities count at the first appointment, the pipeline's first
     * stage.
     *
     * @return the review's input
     */
    public ReviewInput reviewInput() {
        Map<String, Money> targets = new LinkedHashMap<>();
        for (Rep rep : org.reps()) {
            targets.put(rep.id(), quarterlyTarget(rep.id()));
        }
        return ReviewInput.builder(log(), org, PIPELINE, calendar)
                .reviewed(year()).planned(nextQuarter())
                .matureCohorts(matureCohorts()).paceWindow(lastQuarter())
                .targets(ReviewTargets.perRep(targets))
                .openOpportunities(opportunities)
                .build();
    }

    /** One rep's year, drawn day by day. */
    private static final class RepYear {

        private static final LocalDate END = LocalDate.of(YEAR, 12, 31);
        private static final double REFERRAL_BONUS = 0.10;

        private final RepProfile profile;
        private final WorkCalendar calendar;
        private final Random random;
        private final List<Activity> activities;
        private final List<Opportunity> opportunities;
        private int next = 1;

        RepYear(RepProfile profile, WorkCalendar calendar, Random random, List<Activity> activities,
                List<Opportunity> opportunities) {
            this.profile = profile;
            this.calendar = calendar;
            this.random = random;
            this.activities = activities;
            this.opportunities = opportunities;
        }

        void generate() {
            for (LocalDate day = LocalDate.of(YEAR, 1, 1); !day.isAfter(END); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                double season = season(day);
                int calls = draw(profile.callsPerWeek() / 5 * season);
                for (int c = 0; c < calls; c++) {
                    boolean booked = random.nextDouble() < profile.callToAppointment();
                    activities.add(Activity.builder(profile.id(), ActivityType.COLD_CALL, day)
                            .outcome(booked ? Outcome.ADVANCED : Outcome.NONE)
                            .build());
                    if (booked) {
                        open(Source.COLD_OUTREACH, workingDayAfter(day, 2 + random.nextInt(7)));
                    }
                }
                if (random.nextDouble() < profile.referralsPerWeek() / 5 * season) {
                    activities.add(Activity.builder(profile.id(), ActivityType.REFERRAL_REQUEST, day)
                            .outcome(Outcome.REFERRAL_LIST)
                            .build());
                    Source source = random.nextDouble() < 0.65 ? Source.CLIENT_REFERRAL : Source.PARTNER_REFERRAL;
                    open(source, workingDayAfter(day, 1 + random.nextInt(5)));
                }
            }
        }

        private void open(Source source, LocalDate appointment) {
            if (appointment.isAfter(END)) {
                return;
            }
            String id = profile.id() + "-" + YEAR + "-" + String.format("%03d", next++);
            String account = (source.referral() ? "ref-" : "acct-") + id;
            double bonus = source.referral() ? REFERRAL_BONUS : 0;
            boolean proposed = random.nextDouble() < profile.appointmentToProposal() + bonus;
            boolean won = proposed && random.nextDouble() < profile.closeRatio() + bonus;
            int cycle = (int) Math.round(profile.cycleDays() * (0.7 + 0.6 * random.nextDouble()));
            LocalDate proposal = workingDayAfter(appointment, Math.max(3, cycle * 3 / 10));
            LocalDate close = proposed ? workingDayAfter(appointment, Math.max(cycle, 5 + cycle * 3 / 10))
                    : workingDayAfter(appointment, 5 + random.nextInt(15));
            long amount = Math.round(profile.averageDeal() * (0.6 + 0.8 * random.nextDouble()) / 100) * 100;

            Opportunity.Builder builder = Opportunity.builder(id, profile.id(), PIPELINE)
                    .account(account)
                    .source(source)
                    .created(appointment)
                    .amount(Money.of(CURRENCY, amount))
                    .enter("first_appointment", appointment);
            activities.add(Activity.builder(profile.id(), ActivityType.FIRST_APPOINTMENT, appointment)
                    .account(account)
                    .opportunity(id)
                    .outcome(proposed ? Outcome.ADVANCED : Outcome.NONE)
                    .build());
            if (proposed && !proposal.isAfter(END)) {
                builder.enter("proposal", proposal);
                activities.add(Activity.builder(profile.id(), ActivityType.PROPOSAL, proposal)
                        .account(account)
                        .opportunity(id)
                        .outcome(won && !close.isAfter(END) ? Outcome.ORDER_COMMITMENT : Outcome.NONE)
                        .build());
            }
            if (!close.isAfter(END) && (!proposed || !proposal.isAfter(END))) {
                if (won) {
                    builder.won(close);
                } else {
                    builder.lost(close);
                }
            }
            opportunities.add(builder.build());
        }

        private int draw(double mean) {
            // Poisson by inversion: small means, exact enough for a sample.
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }

        private LocalDate workingDayAfter(LocalDate day, int days) {
            LocalDate result = day.plusDays(days);
            while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY) {
                result = result.plusDays(1);
            }
            return result;
        }

        private static double season(LocalDate day) {
            Month month = day.getMonth();
            if (month == Month.DECEMBER && day.getDayOfMonth() >= 18) {
                return 0.2;
            }
            return switch (month) {
                case JANUARY -> 0.85;
                case JULY -> 0.8;
                case AUGUST -> 0.35;
                case SEPTEMBER, OCTOBER -> 1.15;
                case NOVEMBER -> 1.1;
                default -> 1.0;
            };
        }
    }
}
