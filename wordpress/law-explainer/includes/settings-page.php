<?php
/**
 * Settings → Law explainer: the site's defaults (exit address, language, local contacts), which
 * every block and shortcode starts from. Saved through WordPress's Settings API, which checks
 * the nonce and the manage_options capability; each value is checked with the widget's rules,
 * and a bad one is not kept (its default applies) and is named in an admin notice.
 *
 * @package law-explainer
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'law_explainer_register_setting' );
add_action( 'admin_menu', 'law_explainer_menu' );

/**
 * The one option, and how it is checked.
 */
function law_explainer_register_setting() {
	register_setting(
		'law_explainer',
		LAW_EXPLAINER_OPTION,
		array(
			'type'              => 'array',
			'default'           => array(),
			'sanitize_callback' => 'law_explainer_sanitize',
		)
	);
}

/**
 * Keeps the good values of a submitted form; each bad one gets a notice and is left out.
 *
 * @param mixed $submitted The form's values.
 * @return array
 */
function law_explainer_sanitize( $submitted ) {
	$submitted = is_array( $submitted ) ? wp_unslash( $submitted ) : array();
	$rules     = law_explainer_rules();
	$given     = array();
	foreach ( array( 'exit-url', 'lang' ) as $name ) {
		if ( isset( $submitted[ $name ] ) && is_string( $submitted[ $name ] ) ) {
			$given[ $name ] = $submitted[ $name ];
		}
	}
	list( $clean, $warnings ) = $rules->check( $given, $rules->fact( 'default_exit' ) );
	// WordPress runs this twice on an option's first save (update_option, then add_option), the
	// second time on what the first returned: contacts already checked come back as a list.
	$contacts = isset( $submitted['resources'] ) ? $submitted['resources'] : '';
	$contacts = is_array( $contacts ) ? wp_json_encode( $contacts ) : trim( (string) $contacts );
	if ( '' !== $contacts ) {
		list( $clean['resources'], $problems ) = $rules->check_contacts( $contacts, __( 'Local contacts', 'law-explainer' ) );
		$warnings                             = array_merge( $warnings, $problems );
	}
	foreach ( $warnings as $i => $warning ) {
		add_settings_error( LAW_EXPLAINER_OPTION, 'law-explainer-' . $i, $warning );
	}
	return $clean;
}

/**
 * The page, under Settings, for those who may manage options.
 */
function law_explainer_menu() {
	add_options_page(
		__( 'Law explainer', 'law-explainer' ),
		__( 'Law explainer', 'law-explainer' ),
		'manage_options',
		'law-explainer',
		'law_explainer_settings_page'
	);
}

/**
 * The settings form.
 */
function law_explainer_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$site     = law_explainer_site();
	$contacts = isset( $site['resources'] ) ? wp_json_encode( $site['resources'], JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) : '';
	$field    = LAW_EXPLAINER_OPTION;
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Law explainer', 'law-explainer' ); ?></h1>
		<p><?php esc_html_e( 'Defaults for every Law explainer block and [law_explainer] shortcode on this site; each block or shortcode can choose its own.', 'law-explainer' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'law_explainer' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="law-explainer-exit"><?php esc_html_e( 'Exit address', 'law-explainer' ); ?></label></th>
					<td>
						<input type="url" class="regular-text" id="law-explainer-exit" name="<?php echo esc_attr( $field ); ?>[exit-url]" value="<?php echo esc_attr( isset( $site['exit-url'] ) ? $site['exit-url'] : '' ); ?>" placeholder="<?php echo esc_attr( law_explainer_rules()->fact( 'default_exit' ) ); ?>">
						<p class="description"><?php esc_html_e( 'Where the quick exit takes visitors: a full http:// or https:// address of a neutral page.', 'law-explainer' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="law-explainer-lang"><?php esc_html_e( 'Language', 'law-explainer' ); ?></label></th>
					<td>
						<select id="law-explainer-lang" name="<?php echo esc_attr( $field ); ?>[lang]">
							<option value=""><?php esc_html_e( "The visitor's browser language", 'law-explainer' ); ?></option>
							<?php foreach ( law_explainer_rules()->fact( 'languages' ) as $language ) : ?>
								<option value="<?php echo esc_attr( $language['code'] ); ?>" <?php selected( isset( $site['lang'] ) ? $site['lang'] : '', $language['code'] ); ?>><?php echo esc_html( $language['name'] ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="law-explainer-contacts"><?php esc_html_e( 'Local contacts (JSON)', 'law-explainer' ); ?></label></th>
					<td>
						<textarea class="large-text code" rows="8" id="law-explainer-contacts" name="<?php echo esc_attr( $field ); ?>[resources]" placeholder='[{ "name": "Our help line", "phone": "1-800-555-0199", "hours": "Weekdays 9 to 5" }]'><?php echo esc_textarea( (string) $contacts ); ?></textarea>
						<p class="description"><?php esc_html_e( 'Listed first on the "Get help" step. Fields: name (required), phone, text, url (https:// only), hours, about; at least one of phone, text or url; up to 8 contacts.', 'law-explainer' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
