<?php
/**
 * The markup of one element, from the shortcode's or the block's attributes: only known
 * attributes, values checked against their lists where the element takes a fixed set, every
 * value escaped, URLs limited to http and https.
 *
 * @package Partenariat
 */

defined( 'ABSPATH' ) || exit;

/**
 * What each element accepts: attribute => kind. A kind is `text`, `url`, `id`, `lang`,
 * `number`, `boolean`, or the list of the values the element knows.
 */
function partenariat_allowed_attributes() {
	$autosave = array( 'session', 'local', 'off' );
	$common   = array(
		'lang' => 'lang',
		'id'   => 'id',
	);
	return array(
		'checklist' => $common + array(
			'src'         => 'url',
			'layout'      => array( 'steps', 'single' ),
			'autosave'    => $autosave,
			'storage-key' => 'text',
			'submit-url'  => 'url',
			'recipient'   => 'text',
		),
		'radar'     => $common + array(
			'axes'  => 'text',
			'for'   => 'id',
			'label' => 'text',
			'min'   => 'number',
			'max'   => 'number',
		),
		'roles'     => $common + array(
			'template'    => array( 'vide', 'association-office', 'sante-services-sociaux', 'organismes-communautaires', 'municipalite' ),
			'readonly'    => 'boolean',
			'autosave'    => $autosave,
			'storage-key' => 'text',
		),
	);
}

/**
 * One attribute's value as the element may receive it, or null to leave the attribute out.
 *
 * @param mixed        $value The value given.
 * @param string|array $kind  What the attribute takes.
 * @return string|true|null A value, true for a boolean attribute that is present, or null.
 */
function partenariat_attribute_value( $value, $kind ) {
	$value = trim( wp_specialchars_decode( (string) $value, ENT_QUOTES ) );
	if ( is_array( $kind ) ) {
		return in_array( $value, $kind, true ) ? $value : null;
	}
	switch ( $kind ) {
		case 'boolean':
			return in_array( strtolower( $value ), array( '', '0', 'false', 'no', 'non' ), true ) ? null : true;
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'lang':
			// As in HTML (`fr-CA`); WordPress's `fr_CA` is corrected rather than turned into French.
			$value = str_replace( '_', '-', $value );
			return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/', $value ) ? $value : null;
		case 'id':
			return preg_match( '/^[A-Za-z][\w-]*$/', $value ) ? $value : null;
		case 'number':
			return is_numeric( $value ) ? (string) ( 0 + $value ) : null;
		default:
			return '' === $value ? null : $value;
	}
}

/**
 * The message shown inside the element when its script cannot load. The element has a shadow
 * root without a slot: once it is defined, its children are not rendered, so the message only
 * shows when the script is missing. It speaks the element's language (its `lang`, else the
 * page's), as the element would — not the language of the person who edits the site.
 *
 * @param string $element `checklist`, `radar` or `roles`.
 * @param string $lang    The element's language.
 * @return string Plain text.
 */
function partenariat_fallback_text( $element, $lang ) {
	$english  = (bool) preg_match( '/^en\b/i', $lang );
	$messages = array(
		'checklist' => array(
			'fr' => 'Le questionnaire d’autodiagnostic ne peut pas s’afficher : son script ne s’est pas chargé. Rechargez la page ; si le problème persiste, prévenez la personne qui gère ce site.',
			'en' => 'The self-assessment cannot be shown: its script did not load. Reload the page; if it persists, tell the person who runs this site.',
		),
		'radar'     => array(
			'fr' => 'Le graphique radar ne peut pas s’afficher : son script ne s’est pas chargé. Rechargez la page ; si le problème persiste, prévenez la personne qui gère ce site.',
			'en' => 'The radar chart cannot be shown: its script did not load. Reload the page; if it persists, tell the person who runs this site.',
		),
		'roles'     => array(
			'fr' => 'Le tableau des rôles ne peut pas s’afficher : son script ne s’est pas chargé. Rechargez la page ; si le problème persiste, prévenez la personne qui gère ce site.',
			'en' => 'The role table cannot be shown: its script did not load. Reload the page; if it persists, tell the person who runs this site.',
		),
	);
	return $messages[ $element ][ $english ? 'en' : 'fr' ];
}

/**
 * The element's markup, and the request for its script on this page.
 *
 * @param array $atts Attribute => value; `element` names the element (`checklist` by default).
 * @return string
 */
function partenariat_render( array $atts ) {
	$allowed = partenariat_allowed_attributes();
	$atts    = array_change_key_case( $atts, CASE_LOWER );
	$element = isset( $atts['element'] ) ? strtolower( trim( (string) $atts['element'] ) ) : 'checklist';
	if ( ! isset( $allowed[ $element ] ) ) {
		// Said to the people who can edit the page, nothing to visitors.
		return current_user_can( 'edit_posts' )
			? '<p class="partenariat-notice">' . esc_html(
				/* translators: %s: the value given to the shortcode's `element` attribute. */
				sprintf( __( 'Partenariat: unknown element “%s” (checklist, radar or roles).', 'partenariat' ), $element )
			) . '</p>'
			: '';
	}

	$html = '';
	foreach ( $allowed[ $element ] as $name => $kind ) {
		// The shortcode also takes `storage_key`, `submit_url` (WordPress's habit).
		$given = str_replace( '-', '_', $name );
		if ( isset( $atts[ $name ] ) ) {
			$value = partenariat_attribute_value( $atts[ $name ], $kind );
		} elseif ( isset( $atts[ $given ] ) ) {
			$value = partenariat_attribute_value( $atts[ $given ], $kind );
		} else {
			continue;
		}
		if ( null === $value ) {
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'url' === $kind ) {
			$html .= ' ' . $name . '="' . esc_url( $value, array( 'http', 'https' ) ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}

	$lang = isset( $atts['lang'] ) ? (string) partenariat_attribute_value( $atts['lang'], 'lang' ) : '';
	if ( '' === $lang ) {
		$lang = get_bloginfo( 'language' );
	}
	partenariat_enqueue();
	$tag = 'partenariat-' . $element;
	// A <span>, not a <p>: a shortcode typed inside a paragraph stays valid HTML.
	return '<' . $tag . $html . '><span class="partenariat-fallback">' . esc_html( partenariat_fallback_text( $element, $lang ) ) . '</span></' . $tag . '>';
}
