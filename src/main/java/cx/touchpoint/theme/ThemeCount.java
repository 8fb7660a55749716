package cx.touchpoint.theme;

import java.time.LocalDate;

/** How many comments of a theme fell in a period (a month or quarter starting {@code period}). */
public record ThemeCount(LocalDate period, Long themeId, String themeName, long comments, long negative) {}
