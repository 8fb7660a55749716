/**
 * Which reads a read replica may serve ({@code ReadsFromReplica}) and how old the figures read from it are
 * ({@code FiguresAsOf}): the dashboards' services mark themselves with it, so a named interface of the shared kernel.
 */
@NamedInterface("replica")
package cx.touchpoint.base.replica;

import org.springframework.modulith.NamedInterface;
