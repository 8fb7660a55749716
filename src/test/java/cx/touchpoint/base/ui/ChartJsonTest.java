package cx.touchpoint.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotBand;
import com.vaadin.flow.component.charts.model.Tooltip;
import org.junit.jupiter.api.Test;

/**
 * Issue #19 finding 10: a market group named {@code <a href="https://evil.example/phish">Industry</a>} became a live
 * link in the review's defections chart. Every text of a chart configuration reaches Highcharts escaped; the views'
 * own templates stay as written.
 */
class ChartJsonTest {

    static final String LINK = "<a href=\"https://evil.example/phish\">Industry</a>";
    static final String ESCAPED = "&lt;a href=&quot;https://evil.example/phish&quot;&gt;Industry&lt;/a&gt;";

    @Test
    void a_views_line_feed_becomes_a_line_break_and_stays_the_only_markup() throws Exception {
        var conf = new Configuration();
        conf.getxAxis().setCategories("2026 Q2\nn = 104", "<br>from data");

        String json = ChartJson.mapper().writeValueAsString(conf);

        assertThat(json).contains("\"2026 Q2<br>n = 104\"").contains("\"&lt;br&gt;from data\"");
    }

    @Test
    void every_text_from_data_is_escaped_and_templates_are_not() throws Exception {
        var conf = new Configuration();
        conf.getChart().setType(ChartType.COLUMN);
        conf.setTitle("<b>Title</b> " + LINK);
        conf.setSubTitle("Sub <img src=x onerror=alert(1)>");
        conf.getxAxis().setCategories(LINK, "Logistics & Freight", "O'Brien's");
        conf.getxAxis().setTitle("<i>axis</i>");
        conf.getyAxis().setTitle("<i>y</i>");
        var band = new PlotBand();
        band.setFrom(0);
        band.setTo(1);
        band.setLabel(new Label("<u>band</u>"));
        conf.getyAxis().addPlotBand(band);
        var series = new DataSeries("<b>series</b>");
        series.add(new DataSeriesItem(LINK, 4.5));
        var point = new DataSeriesItem(1, 2);
        point.setName("<script>alert(1)</script>");
        series.add(point);
        conf.addSeries(series);
        conf.addSeries(new ListSeries("<em>list</em>", 1, 2, 3));
        var tooltip = new Tooltip();
        tooltip.setHeaderFormat("<b>{series.name}</b><br>");
        tooltip.setPointFormat("{point.name}<br>score {point.x:.2f}");
        conf.setTooltip(tooltip);

        String json = ChartJson.mapper().writeValueAsString(conf);

        assertThat(json)
                .doesNotContain("<a ", "<b>Title", "<img", "<i>", "<u>", "<script", "<em>", "<b>series")
                .contains(ESCAPED)
                .contains("&lt;b&gt;Title&lt;/b&gt;")
                .contains("Logistics &amp; Freight", "O&#39;Brien&#39;s")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;em&gt;list&lt;/em&gt;")
                .contains("\"headerFormat\":\"<b>{series.name}</b><br>\"")
                .contains("\"pointFormat\":\"{point.name}<br>score {point.x:.2f}\"");
    }
}
