package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zhnews.core.Document;

/**
 * Scores a document's events against its event gold with exactly the rules of
 * {@code ../shared/tools/score_events.py}, so that numbers measured here and by the script over
 * the CLI's JSON agree.
 *
 * <p>Per document and kind, a prediction can pair with a required gold event when their key role
 * matches ({@link #KEY}: funding and ipo by company, acquisition by target, model_release by
 * model family and version, personnel by person, earnings by company and period). Pairs are
 * chosen greedily by role agreement (share of agreeing roles, then their number, then order),
 * then augmenting paths make the number of pairs the largest. A prediction left unpaired is
 * absorbed by the first unused optional gold event whose key it matches; else it is an extra.
 * Over the pairs, every gold role that is not a key, not {@code kind/evidence/optional/note}
 * and not {@code null} is right or wrong ({@link EventCompanies} for companies,
 * {@link EventValues} for the rest).
 *
 * <p>Stateless; safe from any thread (a gold's company context caches tokens: score one gold
 * from one thread at a time).
 */
final class EventScorer {

    /** The kinds in the script's order. */
    static final List<String> KINDS = List.of("funding", "acquisition", "ipo", "model_release", "earnings",
            "personnel");

    /** The key role of each kind (earnings also needs its period). */
    static final Map<String, String> KEY = Map.of("funding", "company", "acquisition", "target", "ipo", "company",
            "model_release", "model", "earnings", "company", "personnel", "person");

    private static final Set<String> NOT_ROLES = Set.of("kind", "evidence", "optional", "note");
    private static final Set<String> COMPANY_ROLES = Set.of("company", "target", "acquirer", "vendor");
    private static final Set<String> LIST_ROLES = Set.of("investors", "lead");
    private static final Set<String> MONEY_ROLES = Set.of("amount", "valuation", "revenue", "net_income");
    private static final Set<String> FRACTION_ROLES = Set.of("stake", "revenue_growth", "net_income_growth");

    private EventScorer() {
    }

    /** The events of {@code doc} against its gold. */
    static EventResult score(Document doc, EventGold gold) {
        return score(EventPrediction.of(doc.events()), gold);
    }

    /** Predicted events against a document's gold. */
    static EventResult score(List<EventPrediction> preds, EventGold gold) {
        List<Map<String, Object>> golds = gold.events();
        EventCompanies ctx = gold.companies();
        Map<Integer, Integer> pairs = pair(preds, golds, ctx);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String k : KINDS) {
            counts.put(k, new int[5]);
        }
        for (Map<String, Object> g : golds) {
            if (counts.containsKey(kindOf(g)) && !EventGold.optional(g)) {
                counts.get(kindOf(g))[2]++;
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(pairs).entrySet()) {
            Map<String, Object> g = golds.get(e.getValue());
            int[] c = counts.get(kindOf(g));
            c[0]++;
            c[1]++;
            for (Map.Entry<String, Boolean> r : roleResults(preds.get(e.getKey()), g, ctx).entrySet()) {
                c[4]++;
                if (r.getValue()) {
                    c[3]++;
                } else {
                    wrong.add(keyString(g) + " " + r.getKey() + ": gold=" + g.get(r.getKey()) + " pred="
                            + preds.get(e.getKey()).role(r.getKey()));
                }
            }
        }
        Set<Integer> usedOptional = new HashSet<>();
        List<String> extra = new ArrayList<>();
        int absorbed = 0;
        for (int pi = 0; pi < preds.size(); pi++) {
            EventPrediction p = preds.get(pi);
            if (pairs.containsKey(pi) || !counts.containsKey(p.kind())) {
                continue;
            }
            Integer hit = null;
            for (int gi = 0; gi < golds.size() && hit == null; gi++) {
                Map<String, Object> g = golds.get(gi);
                if (EventGold.optional(g) && !usedOptional.contains(gi) && p.kind().equals(kindOf(g))
                        && keyMatches(p, g, ctx)) {
                    hit = gi;
                }
            }
            if (hit != null) {
                usedOptional.add(hit);
                absorbed++;
            } else {
                counts.get(p.kind())[1]++;
                extra.add(p.label());
            }
        }
        Set<Integer> matchedGold = new HashSet<>(pairs.values());
        List<String> missed = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            Map<String, Object> g = golds.get(gi);
            if (counts.containsKey(kindOf(g)) && !EventGold.optional(g) && !matchedGold.contains(gi)) {
                missed.add(keyString(g));
            }
        }
        Map<String, EventScore> kinds = new LinkedHashMap<>();
        counts.forEach((k, c) -> kinds.put(k, new EventScore(c[0], c[1], c[2], c[3], c[4])));
        return new EventResult(gold, kinds, missed, extra, wrong, absorbed);
    }

    /**
     * The script's pairing of predictions with required gold events: prediction index to gold
     * index.
     */
    static Map<Integer, Integer> pair(List<EventPrediction> preds, List<Map<String, Object>> golds,
                                      EventCompanies ctx) {
        List<int[]> edges = new ArrayList<>();
        for (int pi = 0; pi < preds.size(); pi++) {
            EventPrediction p = preds.get(pi);
            if (!KINDS.contains(p.kind())) {
                continue;
            }
            for (int gi = 0; gi < golds.size(); gi++) {
                Map<String, Object> g = golds.get(gi);
                if (KINDS.contains(kindOf(g)) && !EventGold.optional(g) && p.kind().equals(kindOf(g))
                        && keyMatches(p, g, ctx)) {
                    Map<String, Boolean> rr = roleResults(p, g, ctx);
                    int right = (int) rr.values().stream().filter(b -> b).count();
                    edges.add(new int[] {pi, gi, right, rr.size()});
                }
            }
        }
        edges.sort((a, b) -> {
            int c = Double.compare(ratio(b), ratio(a));
            if (c == 0) {
                c = Integer.compare(b[2], a[2]);
            }
            if (c == 0) {
                c = Integer.compare(a[0], b[0]);
            }
            return c != 0 ? c : Integer.compare(a[1], b[1]);
        });
        Map<Integer, Integer> mp = new HashMap<>();
        Map<Integer, Integer> mg = new HashMap<>();
        Map<Integer, List<Integer>> adj = new HashMap<>();
        for (int[] e : edges) {
            if (!mp.containsKey(e[0]) && !mg.containsKey(e[1])) {
                mp.put(e[0], e[1]);
                mg.put(e[1], e[0]);
            }
            adj.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
        }
        for (int pi = 0; pi < preds.size(); pi++) {
            if (!mp.containsKey(pi) && adj.containsKey(pi)) {
                augment(pi, new HashSet<>(), adj, mp, mg);
            }
        }
        return mp;
    }

    private static boolean augment(int pi, Set<Integer> seen, Map<Integer, List<Integer>> adj,
                                   Map<Integer, Integer> mp, Map<Integer, Integer> mg) {
        for (int gi : adj.getOrDefault(pi, List.of())) {
            if (!seen.add(gi)) {
                continue;
            }
            if (!mg.containsKey(gi) || augment(mg.get(gi), seen, adj, mp, mg)) {
                mp.put(pi, gi);
                mg.put(gi, pi);
                return true;
            }
        }
        return false;
    }

    private static double ratio(int[] edge) {
        return edge[3] == 0 ? 1.0 : (double) edge[2] / edge[3];
    }

    /** Whether a prediction's key role matches a gold event of its kind. */
    static boolean keyMatches(EventPrediction p, Map<String, Object> g, EventCompanies ctx) {
        String kind = kindOf(g);
        if (kind.equals("model_release")) {
            Object model = g.get("model");
            return model instanceof Map<?, ?> m && p.role("model") instanceof EventValues.Model pm
                    && EventValues.model(pm, m);
        }
        if (kind.equals("personnel")) {
            String gp = EventValues.normPerson(g.get("person"));
            return !gp.isEmpty() && EventValues.normPerson(p.role("person")).equals(gp);
        }
        String key = KEY.get(kind);
        if (!ctx.matches(companyNames(p.role(key)), g.get(key))) {
            return false;
        }
        return !kind.equals("earnings")
                || EventValues.normPeriod(p.role("period")).equals(EventValues.normPeriod(g.get("period")));
    }

    /** Right or wrong per scored role of the gold event, in the gold's order. */
    static Map<String, Boolean> roleResults(EventPrediction p, Map<String, Object> g, EventCompanies ctx) {
        String kind = kindOf(g);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : g.entrySet()) {
            String role = e.getKey();
            boolean key = role.equals(KEY.get(kind)) || (kind.equals("earnings") && role.equals("period"));
            if (!NOT_ROLES.contains(role) && !key && e.getValue() != null) {
                out.put(role, roleRight(role, p.role(role), e.getValue(), ctx));
            }
        }
        return out;
    }

    /** Whether one predicted role value agrees with its non-null gold value. */
    static boolean roleRight(String role, Object p, Object g, EventCompanies ctx) {
        if (COMPANY_ROLES.contains(role)) {
            return ctx.matches(companyNames(p), g);
        }
        if (LIST_ROLES.contains(role)) {
            return g instanceof List<?> gl && ctx.listMatches(companyList(p), gl);
        }
        if (MONEY_ROLES.contains(role)) {
            return g instanceof Map<?, ?> gm && p instanceof EventValues.Money pm && EventValues.money(pm, gm);
        }
        if (FRACTION_ROLES.contains(role)) {
            return p instanceof BigDecimal pd && EventValues.fraction(pd, g);
        }
        return switch (role) {
            case "round" -> p != null && EventValues.normRound(p).equals(EventValues.normRound(g));
            case "exchange" -> p != null && EventValues.normExchange(p).equals(EventValues.normExchange(g));
            case "status", "change" -> p instanceof String ps && EventValues.label(ps, g);
            case "open_source" -> p instanceof Boolean pb && EventValues.flag(pb, g);
            case "role" -> EventValues.post(p instanceof String ps ? ps : null, g);
            case "period" -> EventValues.normPeriod(p).equals(EventValues.normPeriod(g));
            default -> sameValue(p, g);
        };
    }

    /** {@code kind:key} of a gold event, with {@code @period} for earnings. */
    static String keyString(Map<String, Object> g) {
        String kind = kindOf(g);
        Object v = KEY.containsKey(kind) ? g.get(KEY.get(kind)) : null;
        if (v instanceof Map<?, ?> m) {
            Object name = m.get("family") != null ? m.get("family") : m.get("name");
            v = (name == null ? "" : name) + (m.get("version") == null ? "" : " " + m.get("version"));
        }
        return kind + ":" + v + (kind.equals("earnings") ? "@" + g.get("period") : "");
    }

    private static String kindOf(Map<String, Object> g) {
        return g.get("kind") instanceof String s ? s : "";
    }

    private static EventCompanies.Names companyNames(Object p) {
        return p instanceof EventCompanies.Names n ? n : null;
    }

    private static List<EventCompanies.Names> companyList(Object p) {
        List<EventCompanies.Names> out = new ArrayList<>();
        if (p instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof EventCompanies.Names n) {
                    out.add(n);
                }
            }
            return out;
        }
        EventCompanies.Names one = companyNames(p);
        return one == null ? List.of() : List.of(one);
    }

    private static boolean sameValue(Object p, Object g) {
        if (p instanceof BigDecimal a && g instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return p != null && p.equals(g);
    }
}
