<?php
/**
 * The widget's own checks of a partner's settings, in PHP: the same rules and the same warning
 * words as `crates/model/src/config.rs` (and, for exit-url, the loader's), so a value the widget
 * would refuse never reaches the page, and the editor hears what the browser's console would say.
 * The facts (languages, step ids, limits) come from `rules.json`, which `cargo xtask wordpress`
 * writes from the widget's own Rust; xtask's tests feed the same bad values to both (plugin.rs).
 *
 * Plain PHP, no WordPress function: the parity test runs it on its own.
 *
 * @package law-explainer
 */

defined( 'ABSPATH' ) || defined( 'LAW_EXPLAINER_RULES_ONLY' ) || exit;

/**
 * Checks settings given by attribute name (the `<law-explainer>` element's names).
 */
final class Law_Explainer_Rules {

	/**
	 * The settings a block or shortcode may give; `resources` (local contacts) is checked apart.
	 */
	const SETTINGS = array( 'lang', 'languages', 'start', 'theme', 'heading-level', 'classroom', 'exit-url' );

	/**
	 * Unicode's White_Space characters, which Rust's `trim` and `is_whitespace` know.
	 */
	const WHITE = '\x{9}-\x{d}\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}';

	/**
	 * The facts from rules.json.
	 *
	 * @var array
	 */
	private $facts;

	/**
	 * Reads the facts the build wrote beside the plugin.
	 *
	 * @param string $file Path of rules.json.
	 */
	public function __construct( $file ) {
		$this->facts = json_decode( (string) file_get_contents( $file ), true );
	}

	/**
	 * A fact: default_exit, languages, steps, themes, and so on.
	 *
	 * @param string $name The fact's name in rules.json.
	 * @return mixed
	 */
	public function fact( $name ) {
		return $this->facts[ $name ];
	}

	/**
	 * Checks each setting in `$given`: returns the good ones (normalised) and one warning per bad
	 * one, which is left out so its default applies.
	 *
	 * @param array  $given Settings by attribute name; empty values count as not given.
	 * @param string $exit_default Where the exit goes when exit-url is bad.
	 * @return array{0: array, 1: string[]}
	 */
	public function check( array $given, $exit_default ) {
		$clean    = array();
		$warnings = array();
		foreach ( $given as $name => $value ) {
			$value = (string) $value;
			if ( '' === $value ) {
				continue;
			}
			if ( ! in_array( $name, self::SETTINGS, true ) ) {
				$warnings[] = sprintf(
					'"%s" is not a setting of the law explainer (%s); ignored',
					$this->shorten( $name ),
					implode( ', ', self::SETTINGS )
				);
				continue;
			}
			$method  = 'check_' . str_replace( '-', '_', $name );
			$checked = $this->$method( $value, $warnings, $exit_default );
			if ( null !== $checked ) {
				$clean[ $name ] = $checked;
			}
		}
		return array( $clean, $warnings );
	}

	/**
	 * `lang`: a language the widget has (es-MX means es); written as its code.
	 *
	 * @param string $lang The value.
	 * @param array  $warnings Gets the warning.
	 * @return string|null
	 */
	private function check_lang( $lang, array &$warnings ) {
		$trimmed = $this->trim( $lang );
		$primary = strtolower( preg_split( '/[-_]/', $trimmed )[0] );
		foreach ( $this->codes() as $code ) {
			if ( $code === $trimmed || $code === $primary ) {
				return $code;
			}
		}
		$warnings[] = sprintf(
			'lang="%s" is not a language this widget has (%s); using the visitor\'s browser languages, else English',
			$this->shorten( $lang ),
			implode( ', ', $this->codes() )
		);
		return null;
	}

	/**
	 * `languages`: the codes offered, space- or comma-separated; unknown codes warned of.
	 *
	 * @param string $attribute The value.
	 * @param array  $warnings Gets one warning per unknown code.
	 * @return string|null
	 */
	private function check_languages( $attribute, array &$warnings ) {
		$wanted = array_map( 'strtolower', preg_split( '/[\s,]+/u', $attribute, -1, PREG_SPLIT_NO_EMPTY ) );
		$known  = array();
		foreach ( $wanted as $code ) {
			if ( in_array( $code, $this->codes(), true ) ) {
				$known[] = $code;
				continue;
			}
			$warnings[] = sprintf(
				'languages="%s" names %s, which this widget lacks (%s)',
				$this->shorten( $attribute ),
				$this->shorten( $code ),
				implode( ', ', $this->codes() )
			);
		}
		return $known ? implode( ' ', array_unique( $known ) ) : null;
	}

	/**
	 * `start`: a step id.
	 *
	 * @param string $start The value.
	 * @param array  $warnings Gets the warning.
	 * @return string|null
	 */
	private function check_start( $start, array &$warnings ) {
		$start = $this->shorten( $this->trim( $start ) );
		$ids   = array_column( $this->facts['steps'], 'id' );
		if ( in_array( $start, $ids, true ) ) {
			return $start;
		}
		$warnings[] = sprintf( 'start="%s" is not a step id (%s); starting at the first step', $start, implode( ', ', $ids ) );
		return null;
	}

	/**
	 * `theme`: exactly light, dark or auto (the stylesheet matches it exactly, so no trimming).
	 *
	 * @param string $theme The value.
	 * @param array  $warnings Gets the warning.
	 * @return string|null
	 */
	private function check_theme( $theme, array &$warnings ) {
		if ( in_array( $theme, $this->facts['themes'], true ) ) {
			return $theme;
		}
		$warnings[] = sprintf( 'theme="%s" must be light, dark or auto; using auto', $this->shorten( $theme ) );
		return null;
	}

	/**
	 * `heading-level`: a number from 1 to 4 (as Rust's u8 parse reads it: an optional +, digits).
	 *
	 * @param string $level The value.
	 * @param array  $warnings Gets the warning.
	 * @return string|null
	 */
	private function check_heading_level( $level, array &$warnings ) {
		list( $low, $high ) = $this->facts['heading_levels'];
		$digits             = ltrim( $this->trim( $level ), '+' );
		$number             = (int) ltrim( $digits, '0' );
		$plus               = strlen( $this->trim( $level ) ) - strlen( $digits );
		if ( $plus <= 1 && preg_match( '/^[0-9]+$/D', $digits ) && $number >= $low && $number <= $high ) {
			return (string) $number;
		}
		$warnings[] = sprintf(
			'heading-level="%s" must be a number from %d to %d; using %d',
			$this->shorten( $level ),
			$low,
			$high,
			$this->facts['default_heading_level']
		);
		return null;
	}

	/**
	 * `classroom`: on or off (the classroom controls, Present and the handouts); off is the
	 * default, so it is left out.
	 *
	 * @param string $classroom The value.
	 * @param array  $warnings Gets the warning.
	 * @return string|null
	 */
	private function check_classroom( $classroom, array &$warnings ) {
		$trimmed = $this->trim( $classroom );
		if ( 'on' === $trimmed ) {
			return 'on';
		}
		if ( 'off' !== $trimmed ) {
			$warnings[] = sprintf( 'classroom="%s" must be on or off; the classroom controls stay off', $this->shorten( $trimmed ) );
		}
		return null;
	}

	/**
	 * `exit-url`: a full http: or https: address, as the loader requires (assets/embed.js).
	 *
	 * @param string $url The value.
	 * @param array  $warnings Gets the warning.
	 * @param string $exit_default Named in the warning.
	 * @return string|null
	 */
	private function check_exit_url( $url, array &$warnings, $exit_default ) {
		$url = trim( $url, " \t\n\r\0\x0B\x0C" );
		if ( preg_match( '#^https?://[^\x00-\x20\x7f/?\#@:]+(:[0-9]{1,5})?([/?\#][^\x00-\x20\x7f]*)?$#iD', $url ) ) {
			return $url;
		}
		$warnings[] = sprintf( 'exit-url="%s" is not an http(s) address; using %s', $this->shorten( $url ), $exit_default );
		return null;
	}

	/**
	 * Local contacts, as JSON text: the good ones, and one warning per problem, each starting with
	 * `$label` (the element's `resources="id"`, or the settings page's name for the field).
	 *
	 * @param string $json The contacts' JSON.
	 * @param string $label What the warnings call the list.
	 * @return array{0: array, 1: string[]}
	 */
	public function check_contacts( $json, $label ) {
		$items = json_decode( $json );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return array( array(), array( sprintf( '%s: the element\'s text is not JSON (%s)', $label, json_last_error_msg() ) ) );
		}
		if ( ! is_array( $items ) ) {
			return array( array(), array( sprintf( '%s: expected a JSON list of contacts, [ { "name": ... } ]', $label ) ) );
		}
		$warnings = array();
		$most     = $this->facts['max_resources'];
		if ( count( $items ) > $most ) {
			$warnings[] = sprintf( '%s: only the first %d contacts are shown', $label, $most );
		}
		$contacts = array();
		foreach ( array_slice( $items, 0, $most ) as $i => $item ) {
			$contact = $this->contact( $item );
			if ( is_string( $contact ) ) {
				$warnings[] = sprintf( '%s, contact %d: %s; left out', $label, $i + 1, $contact );
			} else {
				$contacts[] = $contact;
			}
		}
		return array( $contacts, $warnings );
	}

	/**
	 * One contact: a name and a way to reach it; anything unknown or malformed refuses it.
	 *
	 * @param mixed $item A decoded JSON value.
	 * @return array|string The contact, or what is wrong with it.
	 */
	private function contact( $item ) {
		if ( ! is_object( $item ) ) {
			return 'not a JSON object';
		}
		$fields  = $this->facts['resource_fields'];
		$contact = array();
		foreach ( get_object_vars( $item ) as $key => $value ) {
			if ( ! in_array( (string) $key, $fields, true ) ) {
				return sprintf( 'unknown field "%s" (known: %s)', $this->shorten( (string) $key ), implode( ', ', $fields ) );
			}
			if ( ! is_string( $value ) ) {
				return sprintf( '"%s" must be a string', $key );
			}
			$value = $this->shorten( $this->trim( $value ) );
			if ( ( 'phone' === $key || 'text' === $key ) && ! $this->is_phone( $value ) ) {
				return sprintf( '"%s" must be a phone number (digits, spaces, - + ( ) .), not "%s"', $key, $value );
			}
			if ( 'url' === $key && ( ! preg_match( '#^https://[^/?\#]#', $value ) || preg_match( '/[' . self::WHITE . '\p{Cc}]/u', $value ) ) ) {
				return sprintf( '"url" must start with https:// and name a site, not "%s"', $value );
			}
			$contact[ $key ] = $value;
		}
		if ( empty( $contact['name'] ) ) {
			return '"name" is missing';
		}
		if ( ! isset( $contact['phone'] ) && ! isset( $contact['text'] ) && ! isset( $contact['url'] ) ) {
			return 'needs at least one of "phone", "text" or "url"';
		}
		return $contact;
	}

	/**
	 * Digits with the usual separators, 3 to 15 digits.
	 *
	 * @param string $value The number.
	 * @return bool
	 */
	private function is_phone( $value ) {
		$digits = preg_match_all( '/[0-9]/', $value );
		return (bool) preg_match( '/^[0-9 \-+().]*$/D', $value ) && $digits >= 3 && $digits <= 15;
	}

	/**
	 * The language codes the widget was built with.
	 *
	 * @return string[]
	 */
	private function codes() {
		return array_column( $this->facts['languages'], 'code' );
	}

	/**
	 * Trims Unicode white space, as Rust's `str::trim` does.
	 *
	 * @param string $value The text.
	 * @return string
	 */
	private function trim( $value ) {
		return preg_replace( '/^[' . self::WHITE . ']+|[' . self::WHITE . ']+$/uD', '', $value );
	}

	/**
	 * The first MAX_TEXT characters, as the widget keeps.
	 *
	 * @param string $value The text.
	 * @return string
	 */
	private function shorten( $value ) {
		preg_match( '/^.{0,' . $this->facts['max_text'] . '}/su', $value, $first );
		return $first[0];
	}
}
