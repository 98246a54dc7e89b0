package org.zhnews.extract.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Region;

/**
 * The evidence gathered for one article: each cue counts once; the cues of form (wording,
 * character variants, script) of one region add up to at most {@link #FORM_CAP}, because a
 * converter that rewrites a mainland report in Taiwan wording produces all of them at once. A region is decided when its score reaches
 * {@link #THRESHOLD} and beats every other region's; otherwise the region is unknown. One tally
 * serves one article on one thread.
 */
final class RegionTally {

    /** The score a region needs to be decided. */
    static final int THRESHOLD = 3;
    /** The most that the form of the text (wording, variants, script) adds to a region's score. */
    static final int FORM_CAP = 3;
    /** The most evidence strings kept. */
    private static final int MAX_EVIDENCE = 6;

    private record Seen(RegionCue cue, String surface, int order) {
    }

    private final Set<RegionCue> counted = new HashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Map<Region, Integer> scores = new EnumMap<>(Region.class);
    private final Map<Region, Integer> form = new EnumMap<>(Region.class);

    /** Counts {@code cue}, found as {@code surface}, unless it was counted before. */
    void add(RegionCue cue, String surface) {
        if (!counted.add(cue)) {
            return;
        }
        seen.add(new Seen(cue, surface, seen.size()));
        Map<Region, Integer> into = cue.kind().isForm() ? form : scores;
        into.merge(cue.region(), cue.weight(), Integer::sum);
    }

    /** The score of {@code region} so far. */
    int score(Region region) {
        return scores.getOrDefault(region, 0) + Math.min(FORM_CAP, form.getOrDefault(region, 0));
    }

    /** The decided region with its evidence, strongest first; empty when none is decided. */
    Optional<ArticleRegion> decide() {
        Region best = null;
        int bestScore = 0;
        int second = 0;
        for (Region r : Region.values()) {
            int s = score(r);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = r;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || bestScore < THRESHOLD || bestScore == second) {
            return Optional.empty();
        }
        Region winner = best;
        List<String> evidence = seen.stream().filter(s -> s.cue().region() == winner)
                .sorted(Comparator.comparingInt((Seen s) -> -s.cue().weight()).thenComparingInt(Seen::order))
                .limit(MAX_EVIDENCE)
                .map(s -> s.cue().kind().label() + ":" + s.surface())
                .toList();
        return Optional.of(new ArticleRegion(winner, evidence));
    }
}
