// Draws every [data-map] with Leaflet: one circle per element carrying data-lat/data-lon.
// Names go in as text nodes (never HTML). Without a tile URL the markers sit on a blank map.
(function () {
  document.querySelectorAll('[data-map]').forEach(function (el) {
    var map = L.map(el);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' })
        .addTo(map);
    }
    var points = [];
    document.querySelectorAll('[data-lat]').forEach(function (row) {
      var ll = [parseFloat(row.dataset.lat), parseFloat(row.dataset.lon)];
      var label = document.createElement('span');
      label.textContent = row.dataset.name || '';
      var marker = L.circleMarker(ll, { radius: 6 }).addTo(map).bindTooltip(label);
      if (row.dataset.href) {
        marker.on('click', function () { window.location = row.dataset.href; });
      }
      points.push(ll);
    });
    if (points.length) {
      map.fitBounds(points, { maxZoom: 15, padding: [20, 20] });
    } else {
      map.setView([31.8, -7.1], 5);
    }
  });
})();
