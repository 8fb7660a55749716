package cx.touchpoint.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A placeholder for a view whose feature is still being built: says what is coming. */
public class ComingSoon extends Main {

    public ComingSoon(String title, String purpose, String... coming) {
        addClassName("coming-soon");
        add(new H1(title), new Paragraph(purpose));
        var list = new UnorderedList();
        for (String item : coming) {
            list.add(new ListItem(item));
        }
        add(new Paragraph("Coming next:"), list);
    }
}
