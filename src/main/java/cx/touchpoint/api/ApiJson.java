package cx.touchpoint.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON text read from requests may not hold NUL (U+0000): PostgreSQL text cannot store it, so it used to reach
 * the database and fail there without naming the field. Refused while reading, with the field's path.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    static final String NUL_MESSAGE = "contains a NUL character (\\u0000), which no text may hold";

    @Bean
    Module textWithoutNul() {
        var module = new SimpleModule("TextWithoutNul");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = StringDeserializer.instance.deserialize(parser, context);
                if (text != null && text.indexOf('\0') >= 0) {
                    throw InvalidFormatException.from(parser, NUL_MESSAGE, text, String.class);
                }
                return text;
            }
        });
        return module;
    }
}
