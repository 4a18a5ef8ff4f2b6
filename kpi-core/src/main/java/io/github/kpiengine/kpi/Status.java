package io.github.kpiengine.kpi;

/** How a figure stands against its {@link Target}: on target, close, off, or not judged yet. */
public enum Status {
    /** The figure meets the target. */
    GREEN,
    /** The figure misses the target but not by as much as the red threshold. */
    AMBER,
    /** The figure is beyond the red threshold. */
    RED,
    /** The figure is undefined, or rests on fewer observations than the target's minimum sample. */
    NOT_JUDGED
}
