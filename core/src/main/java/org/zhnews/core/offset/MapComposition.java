package org.zhnews.core.offset;

/**
 * Composes two offset maps (see {@link OffsetMap#andThen}): walks the runs of both in step and
 * merges changed runs that overlap into one. Stateless.
 */
final class MapComposition {

    private MapComposition() {
    }

    /** The map from {@code a}'s old text to {@code b}'s new text; {@code b} starts from {@code a}'s new text. */
    static OffsetMap compose(OffsetMap a, OffsetMap b) {
        OffsetMap.Builder out = OffsetMap.builder();
        int i = 0;
        int j = 0;
        int restA = a.runCount() > 0 ? a.newLen(0) : 0;
        int restB = b.runCount() > 0 ? b.oldLen(0) : 0;
        boolean startedA = false;
        boolean startedB = false;
        long pendingOld = 0;
        long pendingNew = 0;
        boolean pending = false;
        int nA = a.runCount();
        int nB = b.runCount();
        while (i < nA || j < nB) {
            boolean insertionNext = j < nB && b.oldLen(j) == 0;
            boolean openA = startedA && i < nA && a.isChanged(i);
            boolean openB = startedB && j < nB && b.isChanged(j);
            if (pending && !openA && !openB && !insertionNext) {
                // the changed runs of the group are complete: close it, so that a deletion
                // or change that follows stays a run of its own
                out.change((int) pendingOld, (int) pendingNew);
                pendingOld = 0;
                pendingNew = 0;
                pending = false;
            }
            if (i < nA && a.newLen(i) == 0) {
                // deletion in the first map: occupies no middle text
                pendingOld += a.oldLen(i);
                pending = true;
                i++;
                if (i < nA) {
                    restA = a.newLen(i);
                    startedA = false;
                }
                continue;
            }
            if (j < nB && b.oldLen(j) == 0) {
                // insertion in the next map: occupies no middle text
                pendingNew += b.newLen(j);
                pending = true;
                j++;
                if (j < nB) {
                    restB = b.oldLen(j);
                    startedB = false;
                }
                continue;
            }
            if (i >= nA || j >= nB) {
                throw new IllegalStateException("offset maps out of step");
            }
            int step = Math.min(restA, restB);
            boolean changedA = a.isChanged(i);
            boolean changedB = b.isChanged(j);
            if (!changedA && !changedB) {
                // both runs are kept, so nothing is open: the check above closed any group
                out.keep(step);
            } else {
                pending = true;
                if (changedA) {
                    if (!startedA) {
                        pendingOld += a.oldLen(i);
                    }
                } else {
                    pendingOld += step;
                }
                if (changedB) {
                    if (!startedB) {
                        pendingNew += b.newLen(j);
                    }
                } else {
                    pendingNew += step;
                }
            }
            startedA = true;
            startedB = true;
            restA -= step;
            restB -= step;
            if (restA == 0) {
                i++;
                startedA = false;
                if (i < nA) {
                    restA = a.newLen(i);
                }
            }
            if (restB == 0) {
                j++;
                startedB = false;
                if (j < nB) {
                    restB = b.oldLen(j);
                }
            }
        }
        if (pending) {
            out.change((int) pendingOld, (int) pendingNew);
        }
        return out.build();
    }
}
