package cx.touchpoint.demo;

import java.util.List;
import java.util.Map;

/**
 * What demo customers write, told from the seeds' story: late deliveries, invoice errors, scanners whose batteries
 * die, a slow first reply under a 24/7 promise, onboarding paperwork, praised account teams. Each problem is
 * written many ways, as customers do (most battery complaints never say "battery"), some mixed with praise, a
 * few in German (which the analysis reports as not analysed). Theme discovery has real work to do on them.
 */
final class DemoComments {

    private static final Map<String, List<String>> COMPLAINTS = Map.of(
            "delivery",
                    List.of(
                            "Deliveries keep arriving late and incomplete; our line stopped twice this quarter.",
                            "The shipment was late again and nobody told us the order status.",
                            "Your trucks show up a day after the promised date, every second week.",
                            "We plan production around your delivery dates and they are never met.",
                            "Three orders this month came after the agreed slot; we had to send staff home.",
                            "On-time delivery is the one thing we need from you and it keeps slipping.",
                            "The goods arrive whenever they like. Our warehouse can't plan a single shift.",
                            "Parcels promised for Monday turned up on Thursday, without a word of warning.",
                            "Half of the pallets arrived late and the rest the day after.",
                            "We keep chasing your dispatch team to find out where our order is.",
                            "Another delayed shipment. Our customers are now asking us why we are late.",
                            "The delivery window is a joke: eight hours of waiting and then nothing came.",
                            "Tracking says delivered, the dock says nothing arrived, and it came two days later.",
                            "Lieferungen kommen ständig zu spät, wir müssen jede Woche nachfragen.",
                            "Orders are always late at the end of the month when we need them most."),
            "support",
                    List.of(
                            "We waited more than a day for a first reply although you advertise 24/7 support.",
                            "Your contract says round-the-clock support; in practice nobody answers at night.",
                            "It took 26 hours before anyone even acknowledged our ticket.",
                            "The hotline rings out and the ticket sits unanswered until the next afternoon.",
                            "24/7 support means a reply within the hour, not the next working day.",
                            "First response times are far too slow for a service we pay a premium for.",
                            "We opened an urgent case on Friday evening and heard back on Monday.",
                            "Slow to respond: we escalated through our account executive just to get an answer.",
                            "Nobody picks up the support line after six, whatever the brochure says.",
                            "Der Support antwortet erst nach einem Tag, obwohl 24/7 versprochen wurde.",
                            "Every ticket waits a day before someone reads it."),
            "product",
                    List.of(
                            "The battery in the handheld units drains within hours: this is a product defect, not a usage problem.",
                            "The handhelds die before lunch.",
                            "Power doesn't last a shift on the new scanners.",
                            "We have to recharge the scanners twice a day.",
                            "Battery packs swell after six months; our technicians refuse to carry them.",
                            "Our pickers swap devices at noon because they run flat.",
                            "The scanners are dead by 11 am and the spare chargers are always in use.",
                            "Battery life on the handheld terminals is nowhere near the eight hours promised.",
                            "Devices go empty halfway through the morning round.",
                            "Charge lasts three hours at most, then the scanner switches itself off.",
                            "Your support only gave us tips for saving power; the batteries are simply faulty.",
                            "We bought extra charging cradles because the units don't make it through a shift.",
                            "Die Akkus der Scanner halten keine Schicht durch.",
                            "The terminals lose power so quickly that our drivers carry two each."),
            "invoicing",
                    List.of(
                            "Invoices are wrong every other month and credit notes take weeks.",
                            "We were overcharged again; billing is a mess.",
                            "Payment terms on the invoice do not match the contract.",
                            "Three invoices for the same order, and a refund still missing since March.",
                            "The prices on the bill are not the prices we agreed.",
                            "Our accounts team spends hours correcting your invoices every month.",
                            "Billing charged us for items we returned weeks ago.",
                            "The invoice lists the wrong VAT number again.",
                            "We received a reminder for an invoice that was already paid.",
                            "Die Rechnungen sind fast jeden Monat falsch.",
                            "Duplicate charges on last month's statement; still waiting for the credit note."),
            "onboarding",
                    List.of(
                            "Account setup took weeks longer than promised.",
                            "The onboarding paperwork is endless: the same forms, three times.",
                            "We filled in the same supplier forms for your legal, finance and sales teams.",
                            "Getting set up meant printing, signing and scanning twenty pages.",
                            "Onboarding was buried in paperwork; it took a month before we could order.",
                            "Too many documents to sign before we could place the first order.",
                            "The setup forms asked for information we had already sent twice.",
                            "Activation of new users is slow and every new site needs new paperwork.",
                            "Die Einrichtung des Kontos hat wegen der vielen Formulare Wochen gedauert."),
            "relationship",
                    List.of(
                            "Disappointed with the service this year; we are evaluating other providers.",
                            "Deliveries are late too often and support is hard to reach. We may cancel at renewal.",
                            "You promised 24/7 support in the contract; in practice we wait a day.",
                            "Prices went up but the service did not get better.",
                            "Nobody follows up on the issues we raised in the last review.",
                            "Our account manager is great, but deliveries are still late every week.",
                            "Love the people we work with, hate the invoices we get.",
                            "The account team is responsive, the scanners' batteries are not up to the job.",
                            "Good products, but the billing mistakes cost us hours each month."));

    private static final List<String> PRAISE = List.of(
            "Great account team, they really understand our business.",
            "Our account manager knows our operation better than some of our own staff.",
            "The account team visits regularly and always comes with ideas.",
            "Excellent account management: proactive, honest and quick to help.",
            "Our account executive sorted out a tricky contract question in a day.",
            "The people on our account team are the reason we stay with you.",
            "Deliveries have been reliable this quarter, thank you.",
            "Everything arrived on time this month, well done.",
            "Support solved our problem quickly.",
            "Quick answers from people who know our setup.",
            "Smooth onboarding, well organised.",
            "Billing is finally clear and correct.",
            "Honest advice and good value.",
            "The onsite team goes the extra mile every time.",
            "Great account team, but the invoices still need checking every month.",
            "Delivery has improved a lot, though the scanners still need charging at lunch.",
            "Sehr zufrieden mit unserem Kundenbetreuer.");

    /** What a relationship survey's low scorer writes about: any of the problems, or the relationship itself. */
    private static final List<String> ANY_PROBLEM = java.util.stream.Stream.of(
                    "delivery", "support", "product", "invoicing", "onboarding", "relationship")
            .flatMap(topic -> COMPLAINTS.get(topic).stream())
            .toList();

    private DemoComments() {}

    /** A comment for a response about {@code topic}, or "" (most customers write nothing). */
    static String comment(DemoRandom random, String topic, double meanExperienced) {
        if (meanExperienced < 4.3 && random.chance(0.6)) {
            String pool = topic.equals("support") && random.chance(0.4) ? "product" : topic;
            return random.pick(COMPLAINTS.getOrDefault(pool, ANY_PROBLEM));
        }
        if (meanExperienced >= 5.5 && random.chance(0.25)) {
            return random.pick(PRAISE);
        }
        return "";
    }

    /** A complaint received outside surveys (email, phone, meetings) about {@code topic}. */
    static String complaint(DemoRandom random, String topic) {
        return random.pick(COMPLAINTS.get(topic));
    }
}
