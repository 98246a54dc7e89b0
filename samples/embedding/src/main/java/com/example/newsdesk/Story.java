package com.example.newsdesk;

import java.util.Objects;

/**
 * A news story as the desk receives it.
 *
 * @param id   the desk's identifier for it
 * @param text its text, simplified or traditional Chinese
 */
public record Story(String id, String text) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
