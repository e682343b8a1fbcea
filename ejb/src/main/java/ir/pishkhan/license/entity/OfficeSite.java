package ir.pishkhan.license.entity;

/** The office a licence names: its name, address and locality (city or village), as entered. */
public record OfficeSite(String name, String address, String locality) {
}
