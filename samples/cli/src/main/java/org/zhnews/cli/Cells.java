package org.zhnews.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;

/**
 * The normalized value of a mention as one line of a table: company {@code id name English},
 * model {@code family version variant @vendor [params]}, money {@code amount currency
 * qualifier [min..max]}, metric {@code value unit kind}, date {@code value granularity
 * relative}. Exact qualifiers, an English name equal to the name and a kind equal to the unit
 * are left out. Stateless.
 */
final class Cells {

    private static final BigDecimal[] SCALES = {
        new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6"), new BigDecimal("1e3")};
    private static final String[] SCALE_NAMES = {"T", "B", "M", "K"};

    private Cells() {
    }

    static String normalized(Mention m) {
        if (m instanceof CompanyMention c) {
            return company(c);
        }
        if (m instanceof ModelMention mm) {
            return model(mm);
        }
        if (m instanceof MoneyMention money) {
            return money(money);
        }
        if (m instanceof MetricMention metric) {
            return metric(metric);
        }
        if (m instanceof DateMention d) {
            return date(d);
        }
        if (m instanceof CustomMention custom) {
            List<String> parts = new ArrayList<>();
            custom.attributes().forEach((name, value) -> parts.add(name + "=" + value));
            return String.join(" ", parts);
        }
        throw new IllegalArgumentException("unknown mention " + m);
    }

    private static String company(CompanyMention c) {
        if (c.company().isEmpty()) {
            return "(unlinked) " + c.name();
        }
        List<String> parts = new ArrayList<>();
        parts.add(c.company().get().id());
        parts.add(c.company().get().name());
        c.company().get().nameEn().filter(en -> !en.equals(c.company().get().name())).ifPresent(parts::add);
        return String.join(" ", parts);
    }

    private static String model(ModelMention mm) {
        AiModel a = mm.model();
        List<String> parts = new ArrayList<>();
        parts.add(a.family());
        a.version().ifPresent(parts::add);
        a.variant().ifPresent(parts::add);
        a.vendor().ifPresent(v -> parts.add("@" + v));
        mm.parameters().ifPresent(p -> parts.add("[" + compact(p) + " params]"));
        return String.join(" ", parts);
    }

    private static String money(MoneyMention m) {
        List<String> parts = new ArrayList<>();
        m.amount().ifPresent(a -> parts.add(plain(a)));
        parts.add(m.currency());
        qualifier(m.qualifier()).ifPresent(parts::add);
        range(m.min(), m.max()).ifPresent(parts::add);
        if (m.equivalentOf().isPresent()) {
            parts.add("(restates an amount before)");
        }
        return String.join(" ", parts);
    }

    private static String metric(MetricMention m) {
        List<String> parts = new ArrayList<>();
        m.value().ifPresent(v -> parts.add(plain(v)));
        parts.add(m.unit().jsonName());
        m.measure().filter(k -> !k.equals(m.unit().jsonName())).ifPresent(parts::add);
        qualifier(m.qualifier()).ifPresent(parts::add);
        range(m.min(), m.max()).ifPresent(parts::add);
        return String.join(" ", parts);
    }

    private static String date(DateMention d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.value().map(v -> v.iso()).orElse("?"));
        parts.add(d.granularity().jsonName());
        d.modifier().ifPresent(parts::add);
        if (d.relative()) {
            parts.add("(relative)");
        }
        return String.join(" ", parts);
    }

    private static Optional<String> qualifier(Qualifier q) {
        return q == Qualifier.EXACT ? Optional.empty() : Optional.of(q.jsonName());
    }

    private static Optional<String> range(Optional<BigDecimal> min, Optional<BigDecimal> max) {
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("[" + min.map(Cells::plain).orElse("") + ".." + max.map(Cells::plain).orElse("") + "]");
    }

    /** A decimal with thousands separators and no exponent or trailing zeros: {@code 54,000,000,000}. */
    static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + sb + (dot < 0 ? "" : digits.substring(dot));
    }

    /** A large count in short form: {@code 235B}, {@code 1.5T}, {@code 700M}; small ones plain. */
    static String compact(BigDecimal d) {
        for (int i = 0; i < SCALES.length; i++) {
            if (d.abs().compareTo(SCALES[i]) >= 0) {
                BigDecimal q = d.divide(SCALES[i]).stripTrailingZeros();
                if (q.scale() <= 2) {
                    return q.toPlainString() + SCALE_NAMES[i];
                }
            }
        }
        return plain(d);
    }
}
