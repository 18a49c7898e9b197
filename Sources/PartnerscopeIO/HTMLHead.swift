/// The opening of a self-contained page: doctype, charset, viewport and a Content-Security-Policy
/// that forbids every request outside the page (`default-src 'none'`), so a page opened from a
/// shared drive can neither fetch nor send anything. Inline styles are allowed; inline scripts
/// only when the page has one (`scripts: true`).
///
/// The title is escaped here; `style` is trusted CSS written by Partnerscope, never CSV text.
/// - Complexity: O(length of the title and the style).
enum HTMLHead {
    static func open(title: String, style: String, scripts: Bool) -> String {
        let policy = "default-src 'none'; style-src 'unsafe-inline'; " + (scripts ? "script-src 'unsafe-inline'; " : "") + "img-src data:"
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(policy)">
        <title>\(Markup.html(title))</title>
        <style>
        \(style)</style>
        </head>

        """
    }
}
