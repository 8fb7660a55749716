package cx.touchpoint.survey;

import cx.touchpoint.base.Option;
import java.util.List;

/**
 * What the account executive chooses from to prepare a survey for one account: the active
 * relationship and targeted-study templates and the open waves. The contacts depend on the
 * template's pattern ({@code SurveyService.contactChoices}).
 */
public record PrepareOptions(long accountId, String account, List<Option> templates, List<Option> waves) {}
