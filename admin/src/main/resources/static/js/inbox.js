// Counts characters and SMS segments of the reply being typed: GSM-7 fits 160 characters in one
// SMS (153 per part when split), anything else (Arabic) 70 (67 per part). The words come from the
// page's own message bundle (data-template with {0} and {1}).
(function () {
  var counter = document.getElementById('sms-counter');
  var text = document.getElementById('reply-text');
  if (!counter || !text) {
    return;
  }
  var gsm = /^[A-Za-z0-9 \r\n@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-.\/:;<=>?¡ÄÖÑÜ§¿äöñüà^{}\\\[~\]|€]*$/;
  function update() {
    var s = text.value;
    var single = gsm.test(s) ? 160 : 70;
    var part = single === 160 ? 153 : 67;
    var n = Array.from(s).length;
    var segments = n === 0 ? 0 : n <= single ? 1 : Math.ceil(n / part);
    counter.textContent = counter.dataset.template.replace('{0}', n).replace('{1}', segments);
  }
  text.addEventListener('input', update);
  update();
})();
