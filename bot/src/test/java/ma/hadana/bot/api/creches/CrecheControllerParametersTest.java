package ma.hadana.bot.api.creches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.IndexNotLoadedException;
import ma.hadana.registry.search.NearbyResult;
import ma.hadana.registry.search.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The HTTP edge of the read API: parameters in, JSON errors out (the search is stubbed). */
@WebMvcTest(CrecheController.class)
class CrecheControllerParametersTest {

  @Autowired MockMvcTester mvc;
  @MockitoBean CrecheSearch search;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "lon=-7.633, lat",
    "lat=&lon=-7.633, lat",
    "lat=abc&lon=-7.633, lat",
    "lat=NaN&lon=-7.633, lat",
    "lat=48.8566&lon=2.3522, lat",
    "lat=-33.58&lon=-7.633, lat",
    "lat=33.583, lon",
    "lat=33.583&lon=west, lon",
    "lat=33.583&lon=2.35, lon",
    "lat=25.0&lon=-5.0, lon",
    "lat=33.583&lon=-7.633&limit=0, limit",
    "lat=33.583&lon=-7.633&limit=51, limit",
    "lat=33.583&lon=-7.633&limit=-3, limit",
    "lat=33.583&lon=-7.633&limit=five, limit",
    "lat=33.583&lon=-7.633&ageMonths=-1, ageMonths",
    "lat=33.583&lon=-7.633&ageMonths=2.5, ageMonths",
    "lat=33.583&lon=-7.633&free=maybe, free",
    "lat=33.583&lon=-7.633&public=perhaps, public",
    "lat=33.583&lon=-7.633&undocumented=2, undocumented",
    "lat=33.583&lon=-7.633&placesAvailable=x, placesAvailable",
    "lat=33.583&lon=-7.633&openSaturday=x, openSaturday",
  })
  void aBadParameterIsRefusedWith400NamingIt(String query, String parameter) {
    MvcTestResult result = mvc.get().uri("/api/v1/creches/nearby?" + query).exchange();

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("bad_parameter");
    assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
    assertThat(result).bodyJson().extractingPath("$.message").asString().contains(parameter);
    verifyNoInteractions(search);
  }

  @Test
  void passesEveryFilterOnToTheSearch() {
    when(search.nearby(any(), anyInt(), any())).thenReturn(new NearbyResult(5_000, List.of()));

    MvcTestResult result =
        mvc.get()
            .uri("/api/v1/creches/nearby?lat=33.583&lon=-7.633&limit=7&ageMonths=24&free=true"
                + "&public=true&undocumented=true&placesAvailable=true&openSaturday=true")
            .exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().isLenientlyEqualTo("{\"radiusMeters\":5000,\"results\":[]}");
    SearchFilters expected =
        SearchFilters.NONE.withAgeMonths(24).withFree(true).withPublicOnly(true)
            .withUndocumented(true).withPlacesAvailable(true).withOpenSaturday(true);
    verify(search).nearby(eq(new GeoPoint(33.583, -7.633)), eq(7), eq(expected));
  }

  @Test
  void asksForFiveListingsWithNoFilterByDefault() {
    when(search.nearby(any(), anyInt(), any())).thenReturn(new NearbyResult(2_000, List.of()));

    assertThat(mvc.get().uri("/api/v1/creches/nearby?lat=33.583&lon=-7.633").exchange())
        .hasStatusOk();
    verify(search).nearby(eq(new GeoPoint(33.583, -7.633)), eq(5), eq(SearchFilters.NONE));
  }

  @Test
  void anUnknownListingIsA404WithAJsonError() {
    when(search.listing("CR-99999")).thenReturn(Optional.empty());

    MvcTestResult result = mvc.get().uri("/api/v1/creches/CR-99999").exchange();

    assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("not_found");
  }

  @Test
  void answers503WhileTheIndexIsNotLoaded() {
    when(search.nearby(any(), anyInt(), any())).thenThrow(new IndexNotLoadedException());

    MvcTestResult result = mvc.get().uri("/api/v1/creches/nearby?lat=33.583&lon=-7.633").exchange();

    assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("unavailable");
  }
}
