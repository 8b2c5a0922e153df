package ma.hadana.registry.creche;

import java.time.LocalDate;
import java.util.List;

/** Named fictional listings for tests (none describes a real crèche). */
public final class Creches {

  /** A private crèche in Maârif, Casablanca, with every field filled. */
  public static final Creche MAARIF_PETITS_ANGES =
      new Creche(
          "CR-90001", "Crèche Les Petits Anges", "حضانة الملائكة الصغار", CrecheType.PRIVATE,
          "Privé", "Casablanca-Settat", "Casablanca", "Casablanca", "Maârif", "Bourgogne",
          "12, Rue des Orangers, Bourgogne, Casablanca", 33.5861, -7.6318, "+212522001122", 3,
          36, 40, 6, 1800, "Mo-Fr 07:30-18:30; Sa 08:00-13:00", List.of("fr", "ar", "ary"),
          true, Undocumented.NO, List.of("birth_certificate", "vaccination_card"), false,
          LocalDate.of(2025, 9, 4), CrecheStatus.ACTIVE, "Jardin, \"atelier\" peinture");

  /** An associative preschool in Salé with only the required fields. */
  public static final Creche SALE_AL_AMAL =
      new Creche(
          "CR-90002", "Jardin d'enfants Al Amal", null, CrecheType.ASSOCIATIVE, null, null, null,
          "Salé", null, null, null, 34.0389, -6.8166, null, 36, 72, null, null, null, null,
          List.of(), null, null, List.of(), null, null, CrecheStatus.ACTIVE, null);

  /** A public unit in Dakhla, in Morocco's southern box. */
  public static final Creche DAKHLA_PRESCOLAIRE =
      new Creche(
          "CR-90003", "Unité préscolaire Al Wahda", "وحدة التعليم الأولي الوحدة",
          CrecheType.PUBLIC, "Ministère de l'Éducation nationale (préscolaire public)",
          "Dakhla-Oued Ed-Dahab", "Oued Ed-Dahab", "Dakhla", null, null, null, 23.6848,
          -15.9580, "+212528930000", 48, 72, 30, 0, 0, "Mo-Fr 08:30-12:30", List.of("ar", "tzm"),
          false, Undocumented.YES, List.of("none"), true, LocalDate.of(2026, 3, 1),
          CrecheStatus.TEMPORARILY_CLOSED, "Fermeture\nannuelle en août");

  private Creches() {}
}
