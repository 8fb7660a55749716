package cx.touchpoint.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.base.ui.ViewAccess;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.ui.ExperienceHeadlines;
import cx.touchpoint.insight.ui.DriverQuadrant;
import cx.touchpoint.review.ReviewService;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentOverview;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ui.WhatCustomersSay;
import jakarta.annotation.security.RolesAllowed;

/**
 * The quarterly experience review, in the order the executives discuss it: how customers feel,
 * whether the teams reach their goals, who is leaving, what is broken, and the customers' words.
 */
@CssImport("./styles/insight.css")
@Route("review")
@PageTitle("Experience review · Touchpoint")
@Menu(order = 1, title = "Experience review", icon = "vaadin:presentation")
@RolesAllowed(Role.EXECUTIVE_NAME)
@CssImport("./styles/review.css")
class ReviewView extends Main {

    ReviewView(ReviewService review, ThemeService themes) {
        addClassName("review-view");
        add(new H1("Experience review · " + review.quarterLabel() + " to date"));
        var lead = new Paragraph("Customer experience comes first: discuss these figures, and the concerns"
                + " behind them, before any revenue figure.");
        lead.addClassName("review-lead");
        add(lead, headlines(review.headlines(), review.segments()));
        var grid = new Div();
        grid.addClassName("review-grid");
        grid.add(
                section("NPS trend", "review-nps", ReviewCharts.npsTrend(review.npsTrendByQuarter())),
                section("NPS by vertical market", "review-verticals", new VerticalNpsPanel(review.verticalNps())),
                section("Goals per team", "review-goals", new GoalsPanel(review.goals())),
                section(
                        "What drives NPS",
                        "review-drivers",
                        DriverQuadrant.of(review.drivers(), "relationship responses, last 12 months")),
                section("The six value gaps, last 3 months", "review-gaps", new SixGapsPanel(review.sixGaps())),
                section("Segment movement", "review-movement", new MovementPanel(review.movement())),
                section("Open issues that need you", "review-issues", new IssuesPanel(review.topIssues())),
                section(
                        "Defections, last 12 months",
                        "review-defections",
                        ReviewCharts.defections(review.defections())));
        add(grid, section("What customers say", "review-themes", new WhatCustomersSay(themes)));
        add(section("In the customers' words", "review-verbatims", new VerbatimsPanel(review.verbatims())));
    }

    private static Div headlines(HomeHeadlines h, SegmentOverview segments) {
        // each figure opens the list behind it: the at-risk accounts largest first, the segments, the board
        return Headline.row(
                ExperienceHeadlines.nps("review-headline-nps", h, ViewAccess.linkIfAllowed("gaps")),
                ExperienceHeadlines.summaryScore("review-headline-score", h, ViewAccess.linkIfAllowed("segments")),
                Headline.linked(
                        "review-headline-at-risk",
                        "Revenue at risk",
                        Formats.money(segments.revenueAtRisk()),
                        Formats.count(segments.of(Segment.AT_RISK).accounts()) + " At-risk and "
                                + Formats.count(segments.of(Segment.DANGLING).accounts()) + " Dangling accounts",
                        ViewAccess.linkIfAllowed("accounts?segment=" + Segment.AT_RISK.name())),
                ExperienceHeadlines.openIssues(
                        "review-headline-open-issues", h, ViewAccess.linkIfAllowed("issues?overdue=true")));
    }

    static Div section(String title, String id, Component content) {
        var section = new Div(new H2(title), content);
        section.addClassName("card");
        section.addClassName("review-section");
        section.setId(id);
        return section;
    }
}
