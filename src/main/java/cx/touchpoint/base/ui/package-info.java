/** The views' shared components (layout, formats, charts, filters), usable by every feature's views. */
@NamedInterface("ui")
package cx.touchpoint.base.ui;

import org.springframework.modulith.NamedInterface;
