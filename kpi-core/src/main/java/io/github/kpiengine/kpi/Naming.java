package io.github.kpiengine.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Derives a definition's id and display name from its expression.
 *
 * <p>An id is the expression written in prefix form: a measure without arguments is its name
 * ({@code win_rate}); any other member is its name and its arguments in parentheses, separated by
 * commas ({@code count(cold_call,advanced)}, {@code ratio(count(demo),count(cold_call))}); a free
 * text, such as an attribute's value, is quoted with {@code "} and {@code \} escaped; options at
 * their default are left out. Every member has a name of its own and every argument list is closed,
 * so the id can be read back into exactly one expression: two different expressions never derive
 * the same id. Pipelines and calendars are not written; a scorecard shares them.
 */
final class Naming {

    private Naming() {
    }

    static String id(KpiExpression expression) {
        return expression.accept(IDS);
    }

    static String displayName(KpiExpression expression) {
        return expression.accept(NAMES);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String number(BigDecimal value) {
        return Checks.normalised(value).toPlainString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String call(String name, Object... arguments) {
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < arguments.length; i++) {
            text.append(i == 0 ? "" : ",").append(arguments[i]);
        }
        return text.append(')').toString();
    }

    private static String condition(Condition condition) {
        if (condition instanceof Condition.OutcomeIn in) {
            return call("outcome", in.outcomes().stream().sorted().map(Naming::lower).toArray());
        } else if (condition instanceof Condition.AttributeIs is) {
            return call("attribute", quoted(is.key()), quoted(is.value()));
        } else if (condition instanceof Condition.SourceIn in) {
            return call("source", in.sourceIds().stream().sorted().toArray());
        } else if (condition instanceof Condition.ExistingClient) {
            return "existing_client";
        } else if (condition instanceof Condition.Prospect) {
            return "prospect";
        }
        return "referral";
    }

    private static String conditionText(Condition condition) {
        if (condition instanceof Condition.OutcomeIn in) {
            return "outcome " + in.outcomes().stream().sorted().map(o -> lower(o).replace('_', ' '))
                    .collect(Collectors.joining(" or "));
        } else if (condition instanceof Condition.AttributeIs is) {
            return is.key() + " " + is.value();
        } else if (condition instanceof Condition.SourceIn in) {
            return "source " + String.join(" or ", in.sourceIds());
        } else if (condition instanceof Condition.ExistingClient) {
            return "existing client";
        } else if (condition instanceof Condition.Prospect) {
            return "prospect";
        }
        return "referral";
    }

    private static final KpiExpression.Visitor<String> IDS = new KpiExpression.Visitor<>() {
        @Override
        public String activityCount(KpiExpression.ActivityCount e) {
            return e.outcome().map(o -> call("count", e.type().id(), lower(o))).orElse(call("count", e.type().id()));
        }

        @Override
        public String totalHours(KpiExpression.TotalHours e) {
            return call("hours", e.type().id());
        }

        @Override
        public String winRate(KpiExpression.WinRate e) {
            return "win_rate";
        }

        @Override
        public String averageRevenuePerSale(KpiExpression.AverageRevenuePerSale e) {
            return "revenue_per_sale";
        }

        @Override
        public String wonRevenue(KpiExpression.WonRevenue e) {
            return "won_revenue";
        }

        @Override
        public String dealsWon(KpiExpression.DealsWon e) {
            return "deals_won";
        }

        @Override
        public String dealsLost(KpiExpression.DealsLost e) {
            return "deals_lost";
        }

        @Override
        public String opportunitiesOpened(KpiExpression.OpportunitiesOpened e) {
            return "opportunities_opened";
        }

        @Override
        public String openPipelineValue(KpiExpression.OpenPipelineValue e) {
            return "open_pipeline";
        }

        @Override
        public String stageConversion(KpiExpression.StageConversion e) {
            StringBuilder id = new StringBuilder("conversion(").append(e.from().name()).append(',').append(e.to().name());
            if (e.basis() == KpiExpression.StageConversion.Basis.FLOW) {
                id.append(",flow");
            }
            if (e.reach() == KpiExpression.StageConversion.Reach.DIRECT) {
                id.append(",direct");
            }
            return id.append(')').toString();
        }

        @Override
        public String salesCycleDays(KpiExpression.SalesCycleDays e) {
            String cycle = e.start().map(stage -> call("cycle_days", stage.name())).orElse("cycle_days");
            return e.statistic() == Statistic.MEDIAN ? call("median", cycle) : cycle;
        }

        @Override
        public String newAccountsWon(KpiExpression.NewAccountsWon e) {
            return "new_accounts";
        }

        @Override
        public String salesVelocity(KpiExpression.SalesVelocity e) {
            return "velocity";
        }

        @Override
        public String pipelineCoverage(KpiExpression.PipelineCoverage e) {
            return call("coverage", number(e.target().amount()), e.target().currency().getCurrencyCode());
        }

        @Override
        public String shareOfWallet(KpiExpression.ShareOfWallet e) {
            return "share_of_wallet";
        }

        @Override
        public String workingHours(KpiExpression.WorkingHours e) {
            return "working_hours";
        }

        @Override
        public String quotient(KpiExpression.Quotient e) {
            boolean plain = e.unit() == KpiUnit.PERCENT && e.direction() == Direction.HIGHER_IS_BETTER;
            return plain ? call("ratio", id(e.numerator()), id(e.denominator()))
                    : call("ratio", id(e.numerator()), id(e.denominator()), lower(e.unit()), lower(e.direction()));
        }

        @Override
        public String sum(KpiExpression.Sum e) {
            Object[] terms = new Object[e.terms().size()];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = id(e.terms().get(i));
            }
            return e.direction() == e.terms().get(0).direction() ? call("sum", terms)
                    : call("sum", call("terms", terms), lower(e.direction()));
        }

        @Override
        public String difference(KpiExpression.Difference e) {
            return e.direction() == e.minuend().direction() ? call("difference", id(e.minuend()), id(e.subtrahend()))
                    : call("difference", id(e.minuend()), id(e.subtrahend()), lower(e.direction()));
        }

        @Override
        public String scaled(KpiExpression.Scaled e) {
            boolean plain = e.unit() == e.operand().unit() && e.direction() == e.operand().direction();
            return plain ? call("scaled", id(e.operand()), number(e.factor()))
                    : call("scaled", id(e.operand()), number(e.factor()), lower(e.unit()), lower(e.direction()));
        }

        @Override
        public String timeRate(KpiExpression.TimeRate e) {
            return call(e.per() == KpiExpression.TimeRate.Per.WEEK ? "per_week" : "per_working_day", id(e.operand()));
        }

        @Override
        public String where(KpiExpression.Where e) {
            return call("where", id(e.operand()), condition(e.condition()));
        }

        @Override
        public String attainment(KpiExpression.Attainment e) {
            return call("attainment", id(e.operand()), number(e.target()));
        }

        @Override
        public String targetGap(KpiExpression.TargetGap e) {
            return call("gap_to_target", id(e.operand()), number(e.target()));
        }

        @Override
        public String previousPeriod(KpiExpression.PreviousPeriod e) {
            return call("previous", id(e.operand()));
        }

        @Override
        public String peerGap(KpiExpression.PeerGap e) {
            return call("peer_gap", id(e.operand()));
        }

        @Override
        public String peerRank(KpiExpression.PeerRank e) {
            return call("peer_rank", id(e.operand()));
        }
    };

    private static final KpiExpression.Visitor<String> NAMES = new KpiExpression.Visitor<>() {
        @Override
        public String activityCount(KpiExpression.ActivityCount e) {
            return e.type().displayName() + " count"
                    + e.outcome().map(o -> " (" + lower(o).replace('_', ' ') + ")").orElse("");
        }

        @Override
        public String totalHours(KpiExpression.TotalHours e) {
            return e.type().displayName() + " hours";
        }

        @Override
        public String winRate(KpiExpression.WinRate e) {
            return "Win rate";
        }

        @Override
        public String averageRevenuePerSale(KpiExpression.AverageRevenuePerSale e) {
            return "Average revenue per sale";
        }

        @Override
        public String wonRevenue(KpiExpression.WonRevenue e) {
            return "Won revenue";
        }

        @Override
        public String dealsWon(KpiExpression.DealsWon e) {
            return "Deals won";
        }

        @Override
        public String dealsLost(KpiExpression.DealsLost e) {
            return "Deals lost";
        }

        @Override
        public String opportunitiesOpened(KpiExpression.OpportunitiesOpened e) {
            return "Opportunities opened";
        }

        @Override
        public String openPipelineValue(KpiExpression.OpenPipelineValue e) {
            return "Open pipeline value";
        }

        @Override
        public String stageConversion(KpiExpression.StageConversion e) {
            return e.from().displayName() + " → " + e.to().displayName()
                    + (e.basis() == KpiExpression.StageConversion.Basis.FLOW ? ", flow" : "")
                    + (e.reach() == KpiExpression.StageConversion.Reach.DIRECT ? ", direct" : "");
        }

        @Override
        public String salesCycleDays(KpiExpression.SalesCycleDays e) {
            return (e.statistic() == Statistic.MEAN ? "Mean" : "Median") + " sales cycle"
                    + e.start().map(stage -> " from " + stage.displayName()).orElse("") + " (days)";
        }

        @Override
        public String newAccountsWon(KpiExpression.NewAccountsWon e) {
            return "New accounts won";
        }

        @Override
        public String salesVelocity(KpiExpression.SalesVelocity e) {
            return "Sales velocity (per day)";
        }

        @Override
        public String pipelineCoverage(KpiExpression.PipelineCoverage e) {
            return "Pipeline coverage";
        }

        @Override
        public String shareOfWallet(KpiExpression.ShareOfWallet e) {
            return "Share of wallet";
        }

        @Override
        public String workingHours(KpiExpression.WorkingHours e) {
            return "Working hours";
        }

        @Override
        public String quotient(KpiExpression.Quotient e) {
            return displayName(e.numerator()) + " per " + displayName(e.denominator());
        }

        @Override
        public String sum(KpiExpression.Sum e) {
            return e.terms().size() == 1 ? "Sum of " + displayName(e.terms().get(0))
                    : e.terms().stream().map(Naming::displayName).collect(Collectors.joining(" plus "));
        }

        @Override
        public String difference(KpiExpression.Difference e) {
            return displayName(e.minuend()) + " minus " + displayName(e.subtrahend());
        }

        @Override
        public String scaled(KpiExpression.Scaled e) {
            return displayName(e.operand()) + " × " + number(e.factor());
        }

        @Override
        public String timeRate(KpiExpression.TimeRate e) {
            return displayName(e.operand())
                    + (e.per() == KpiExpression.TimeRate.Per.WEEK ? " per week" : " per working day");
        }

        @Override
        public String where(KpiExpression.Where e) {
            return displayName(e.operand()) + " (" + conditionText(e.condition()) + ")";
        }

        @Override
        public String attainment(KpiExpression.Attainment e) {
            return displayName(e.operand()) + " attainment";
        }

        @Override
        public String targetGap(KpiExpression.TargetGap e) {
            return displayName(e.operand()) + " gap to target";
        }

        @Override
        public String previousPeriod(KpiExpression.PreviousPeriod e) {
            return displayName(e.operand()) + " (previous period)";
        }

        @Override
        public String peerGap(KpiExpression.PeerGap e) {
            return displayName(e.operand()) + " gap to peers";
        }

        @Override
        public String peerRank(KpiExpression.PeerRank e) {
            return displayName(e.operand()) + " rank among peers";
        }
    };
}
