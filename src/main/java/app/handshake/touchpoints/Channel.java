package app.handshake.touchpoints;

/** How a touchpoint happened, from the most personal (in person, a meal) to the least (a like). */
public enum Channel {
    in_person("In person", "meeting in person", "meetings in person"), meal("Meal", "meal", "meals"),
    event("Event", "event", "events"), video("Video call", "video call", "video calls"),
    phone("Phone call", "phone call", "phone calls"), email("Email", "email", "emails"),
    message("Message", "message", "messages"), social("Social", "social touch", "social touches");

    private final String label;
    private final String one;
    private final String many;

    Channel(String label, String one, String many) {
        this.label = label;
        this.one = one;
        this.many = many;
    }

    public String label() {
        return label;
    }

    /** "1 phone call", "3 meetings in person". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Met face to face: in person, over a meal, at an event. */
    public boolean isFaceToFace() {
        return this == in_person || this == meal || this == event;
    }
}
