package ma.hadana.admin.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the console pages.
 *
 * @param mapTileUrl Leaflet tile URL template (HADANA_MAP_TILE_URL); empty: markers on a blank map
 * @param mapAttribution attribution shown under the tiles (HADANA_MAP_ATTRIBUTION)
 */
@ConfigurationProperties("hadana.console")
public record ConsoleProperties(String mapTileUrl, String mapAttribution) {

  public ConsoleProperties {
    mapTileUrl = mapTileUrl == null ? "" : mapTileUrl.strip();
    mapAttribution = mapAttribution == null ? "" : mapAttribution.strip();
  }
}
