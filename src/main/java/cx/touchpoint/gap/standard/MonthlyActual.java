package cx.touchpoint.gap.standard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Actual measured performance of a standard in one month ({@code month} is its first day). */
public record MonthlyActual(long id, long standardId, LocalDate month, BigDecimal value) {}
