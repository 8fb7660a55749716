package cx.touchpoint.theme;

import java.util.List;
import java.util.Map;

/** Comments in five known groups, each problem written many ways (few shared words within a group). */
final class CommentFixture {

    static final Map<String, List<String>> GROUPS = Map.of(
            "battery",
                    List.of(
                            "The battery drains fast on the handheld scanners.",
                            "Power doesn't last a shift.",
                            "We have to recharge the devices twice a day.",
                            "The handhelds die before lunch.",
                            "Scanners run flat by eleven in the morning.",
                            "Battery life is far shorter than promised.",
                            "Our terminals lose charge halfway through the round.",
                            "The units switch off because the batteries are empty after three hours.",
                            "Drivers carry two scanners each because the first one goes dead.",
                            "Charging cradles are always full because the devices never last."),
            "delivery",
                    List.of(
                            "Deliveries keep arriving late.",
                            "The shipment came two days after the promised date.",
                            "Your trucks are never on time.",
                            "Orders show up a week late without any warning.",
                            "We waited all day and the parcel never came.",
                            "Late delivery again, our line stopped.",
                            "The goods arrived after the agreed slot for the third time this month.",
                            "Dispatch is always behind schedule.",
                            "Delayed shipments are hurting our own customers.",
                            "Nothing arrives when you say it will."),
            "invoice",
                    List.of(
                            "The invoice was wrong again.",
                            "We were overcharged on last month's bill.",
                            "Billing charged us twice for the same order.",
                            "Prices on the invoice don't match the contract.",
                            "Credit notes take weeks to arrive.",
                            "Our accountants spend hours fixing your invoices.",
                            "We got a payment reminder for an invoice we already paid.",
                            "The VAT on the bill is incorrect.",
                            "Duplicate charges on our statement.",
                            "Invoicing errors every single month."),
            "support",
                    List.of(
                            "Support took a day to answer although you promise 24/7.",
                            "Nobody replied to our ticket until the next afternoon.",
                            "The hotline rings out at night.",
                            "First response times are far too slow.",
                            "We opened an urgent case on Friday and heard back on Monday.",
                            "It took 26 hours to get a first reply.",
                            "Round-the-clock support exists only in the brochure.",
                            "Our ticket sat unanswered for a whole day.",
                            "Waiting a day for a reply is not 24/7 service.",
                            "Support is impossible to reach outside office hours."),
            "account team",
                    List.of(
                            "Great account team, they understand our business.",
                            "Our account manager is proactive and helpful.",
                            "The account executive visits regularly with good ideas.",
                            "Excellent account management, always responsive.",
                            "The people on our account team are the reason we stay.",
                            "Our account manager knows our operation inside out.",
                            "Fantastic relationship with our account team.",
                            "The account team solved our contract question in a day.",
                            "We really value our account executive's advice.",
                            "Our account rep is friendly and quick to help."));

    private CommentFixture() {}
}
