// A little help for the search page; it works the same without it.
// Changing the sort order searches again at once.
document.addEventListener('DOMContentLoaded', function () {
  var sort = document.getElementById('sort');
  if (sort && sort.form) {
    sort.addEventListener('change', function () { sort.form.submit(); });
  }
});
