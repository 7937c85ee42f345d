package org.cadrage.extract.credit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the {@link OutletRegistry}: a news outlet, agency, platform, company or official body.
 *
 * @param name            canonical name (non-blank)
 * @param variants        names as written in articles (the canonical name first)
 * @param domains         registered domains, lower case (a host matches a domain or any subdomain of it)
 * @param country         ISO 3166-1 alpha-2 country code
 * @param type            one of {@link #TYPES}
 * @param stateAffiliated whether a government owns or controls the outlet (see the data file's header)
 * @param owner           owner or controlling entity
 * @param note            short justification of {@code stateAffiliated}
 *
 * <p>Immutable and thread-safe; no component may be {@code null}.
 */
public record Outlet(String name, List<String> variants, List<String> domains, String country, String type,
                     boolean stateAffiliated, String owner, String note) {

    /** The allowed outlet types. */
    public static final Set<String> TYPES = Set.of("news_agency", "state_media", "government_body",
            "independent_media", "photo_agency", "platform", "company");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Outlet {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("outlet name must not be blank");
        }
        variants = List.copyOf(variants);
        domains = List.copyOf(domains);
        for (String d : domains) {
            if (!d.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                throw new IllegalArgumentException("outlet " + name + ": invalid domain '" + d + "'");
            }
        }
        if (country == null || !COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("outlet " + name + ": unknown ISO 3166-1 alpha-2 country code '"
                    + country + "'");
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("outlet " + name + ": unknown type '" + type + "', expected one of "
                    + TYPES.stream().sorted().toList());
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the outlet is a news agency or state media (preferred when a credit names several bodies). */
    public boolean isMedia() {
        return type.equals("news_agency") || type.equals("state_media");
    }
}
