package cx.touchpoint.base.ui;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * How every chart's configuration becomes the JSON Highcharts draws, in one place:
 * <ul>
 *   <li>Every text that reaches Highcharts — titles, axis titles, categories, series and point names, labels,
 *       tooltips' values — is HTML-escaped here (issue #19 finding 10: Highcharts renders a subset of HTML in
 *       labels, so a market group named {@code <a href=…>} became a live link in the review). Highcharts shows
 *       the entities as the characters they stand for. Only the format templates a view writes itself ({@code
 *       …Format}, {@code formatter}) pass unescaped: the values they insert are escaped already. A line feed in a
 *       text becomes a line break.
 *   <li>Without keeping Jackson's buffers: by default every server thread that drew a chart keeps a buffer as
 *       large as the largest chart it wrote (a segment scatter's is about 60 KB) for as long as the thread lives.
 * </ul>
 */
@Component
class ChartJson implements VaadinServiceInitListener {

    /** Properties that hold a template written by Touchpoint's own code, not a text from data. */
    private static final Pattern TEMPLATE = Pattern.compile("(?i).*format(ter)?");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ChartSerialization.setObjectMapperInstance(mapper().writer());
    }

    /** The chart mapper: Vaadin's, with every text escaped and no buffer recycling. */
    static ObjectMapper mapper() {
        var mapper = ChartSerialization.createObjectMapper();
        mapper.setSerializerFactory(mapper.getSerializerFactory().withSerializerModifier(new EscapeTexts()));
        mapper.getFactory().setRecyclerPool(JsonRecyclerPools.nonRecyclingPool());
        return mapper;
    }

    /**
     * A view breaks a label's line with {@code \n} (e.g. "2026 Q2\nn = 104"). Names from data cannot hold one
     * (control characters are refused in every name, {@code base.SingleLine}), so only views' breaks reach it.
     */
    static final String LINE_BREAK = "<br>";

    /** {@code <>&"'} as HTML entities, a line feed as a line break; null stays null. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(LINE_BREAK);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Gives every text property of the chart model (a string, or strings in an array or list) the escaping writer. */
    private static final class EscapeTexts extends BeanSerializerModifier {
        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
            for (BeanPropertyWriter property : properties) {
                var type = property.getType();
                boolean text = type.hasRawClass(String.class)
                        || (type.isContainerType()
                                && type.getContentType() != null
                                && type.getContentType().hasRawClass(String.class));
                if (text && !TEMPLATE.matcher(property.getName()).matches()) {
                    property.assignSerializer(new EscapedText());
                }
            }
            return properties;
        }
    }

    private static final class EscapedText extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value instanceof String text) {
                out.writeString(escape(text));
            } else if (value instanceof Object[] array) {
                out.writeStartArray();
                for (Object element : array) {
                    write(element, out);
                }
                out.writeEndArray();
            } else if (value instanceof Collection<?> list) {
                out.writeStartArray();
                for (Object element : list) {
                    write(element, out);
                }
                out.writeEndArray();
            } else {
                out.writeString(escape(String.valueOf(value)));
            }
        }

        private static void write(Object element, JsonGenerator out) throws IOException {
            if (element == null) {
                out.writeNull();
            } else {
                out.writeString(escape(element.toString()));
            }
        }
    }
}
