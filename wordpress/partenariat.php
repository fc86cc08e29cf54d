<?php
/**
 * Plugin Name:       Partenariat
 * Plugin URI:        https://github.com/partenariat/partenariat
 * Description:       Partnership self-assessment, radar chart and role table for community organizations, as a shortcode and a block.
 * Version:           0.1.0
 * Requires at least: 5.9
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       partenariat
 * Domain Path:       /languages
 *
 * @package Partenariat
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/render.php';

/** The handle of the elements' script (a module) and of the block's editor script. */
const PARTENARIAT_HANDLE        = 'partenariat';
const PARTENARIAT_EDITOR_HANDLE = 'partenariat-block-editor';

/**
 * The version in a script's URL: the hash of the bundled file (`version`, the elements) or of
 * the block's editor script (`editor`), written at build time into assets/partenariat.asset.php,
 * so that a new file never comes from a stale cache. Without it (a copy of the source folder),
 * the file's modification time.
 *
 * @param string $which `version` or `editor`.
 * @return string
 */
function partenariat_asset_version( $which = 'version' ) {
	static $data = null;
	if ( null === $data ) {
		$asset = __DIR__ . '/assets/partenariat.asset.php';
		$data  = is_readable( $asset ) ? (array) include $asset : array();
	}
	if ( isset( $data[ $which ] ) ) {
		return (string) $data[ $which ];
	}
	return (string) @filemtime( __DIR__ . ( 'editor' === $which ? '/block/editor.js' : '/assets/partenariat.js' ) );
}

/** Whether this WordPress has script modules (6.5 and later). */
function partenariat_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/** The plugin's translations (French in languages/; source strings are English). */
function partenariat_load_textdomain() {
	load_plugin_textdomain( 'partenariat', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'partenariat_load_textdomain', 0 );

/**
 * Registers the elements' script (nothing is printed until a shortcode or a block asks for it),
 * the shortcode and the block.
 */
function partenariat_register() {
	$url = plugins_url( 'assets/partenariat.js', __FILE__ );
	if ( partenariat_has_script_modules() ) {
		wp_register_script_module( PARTENARIAT_HANDLE, $url, array(), partenariat_asset_version() );
	}
	// Before 6.5, and in the block editor: a classic script made a module by the tag filter below.
	wp_register_script( PARTENARIAT_HANDLE, $url, array(), partenariat_asset_version(), true );

	wp_register_script(
		PARTENARIAT_EDITOR_HANDLE,
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', PARTENARIAT_HANDLE ),
		partenariat_asset_version( 'editor' ),
		true
	);

	add_shortcode( 'partenariat', 'partenariat_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'partenariat_render_block' ) );
}
add_action( 'init', 'partenariat_register' );

/**
 * Asks for the elements' script on the page being rendered: a module on WordPress 6.5 and later,
 * else the classic script whose tag becomes `type="module"`. Called by every render, printed once.
 */
function partenariat_enqueue() {
	if ( partenariat_has_script_modules() && ! is_admin() ) {
		wp_enqueue_script_module( PARTENARIAT_HANDLE );
	} else {
		wp_enqueue_script( PARTENARIAT_HANDLE );
	}
}

/**
 * Prints the classic script's tag as a module: `type="module"` in place of any other type.
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle The script's handle.
 * @return string
 */
function partenariat_module_tag( $tag, $handle ) {
	if ( PARTENARIAT_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'partenariat_module_tag', 10, 2 );

/**
 * The shortcode `[partenariat element="checklist|radar|roles" …]`.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function partenariat_shortcode( $atts ) {
	return partenariat_render( is_array( $atts ) ? $atts : array() );
}

/**
 * The block's server render: the same markup as the shortcode. The block's attributes are
 * camelCase (`storageKey`, `submitUrl`, `htmlFor`); the shortcode's are the elements' own.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function partenariat_render_block( $attributes ) {
	$names = array(
		'storageKey' => 'storage-key',
		'submitUrl'  => 'submit-url',
		'htmlFor'    => 'for',
		'elementId'  => 'id',
	);
	$atts  = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( is_bool( $value ) ) {
			$value = $value ? 'true' : '';
		}
		if ( ! is_scalar( $value ) || '' === (string) $value ) {
			continue;
		}
		$atts[ isset( $names[ $name ] ) ? $names[ $name ] : $name ] = (string) $value;
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . partenariat_render( $atts ) . '</div>';
}

/** Gives the block's editor script its words, only where the block editor opens. */
function partenariat_editor_words() {
	wp_add_inline_script( PARTENARIAT_EDITOR_HANDLE, 'window.partenariatBlock = ' . wp_json_encode( partenariat_editor_labels() ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'partenariat_editor_words' );

/** The block editor's words, in the language of the person editing. */
function partenariat_editor_labels() {
	return array(
		'element'     => __( 'Element', 'partenariat' ),
		'checklist'   => __( 'Self-assessment (checklist)', 'partenariat' ),
		'radar'       => __( 'Radar chart', 'partenariat' ),
		'roles'       => __( 'Role table', 'partenariat' ),
		'settings'    => __( 'Settings', 'partenariat' ),
		'language'    => __( 'Language', 'partenariat' ),
		'pageLang'    => __( 'The page’s language', 'partenariat' ),
		'french'      => __( 'French', 'partenariat' ),
		'english'     => __( 'English', 'partenariat' ),
		'layout'      => __( 'Layout', 'partenariat' ),
		'steps'       => __( 'One section at a time', 'partenariat' ),
		'single'      => __( 'Everything on one page', 'partenariat' ),
		'autosave'    => __( 'Keep the answers', 'partenariat' ),
		'session'     => __( 'In this tab only', 'partenariat' ),
		'local'       => __( 'In this browser, across visits', 'partenariat' ),
		'off'         => __( 'Nowhere', 'partenariat' ),
		'storageKey'  => __( 'Storage key (to tell several copies apart)', 'partenariat' ),
		'src'         => __( 'Questionnaire (URL of a JSON file)', 'partenariat' ),
		'submitUrl'   => __( 'Collector’s address (submit-url)', 'partenariat' ),
		'recipient'   => __( 'Who receives the results', 'partenariat' ),
		'elementId'   => __( 'HTML id (for a radar that follows it)', 'partenariat' ),
		'htmlFor'     => __( 'Follows the checklist whose id is', 'partenariat' ),
		'axes'        => __( 'Axes', 'partenariat' ),
		'dimensions'  => __( 'The four impact dimensions', 'partenariat' ),
		'sections'    => __( 'The questionnaire’s sections', 'partenariat' ),
		'label'       => __( 'Chart label', 'partenariat' ),
		'template'    => __( 'Starting point', 'partenariat' ),
		'readonly'    => __( 'Read only', 'partenariat' ),
		'templates'   => array(
			'vide'                      => __( 'Empty table', 'partenariat' ),
			'association-office'        => __( 'Association and office', 'partenariat' ),
			'sante-services-sociaux'    => __( 'Health and social services', 'partenariat' ),
			'organismes-communautaires' => __( 'Community organizations', 'partenariat' ),
			'municipalite'              => __( 'Municipality', 'partenariat' ),
		),
	);
}

/**
 * In the block editor, the block's preview is the element itself: its script is loaded there too
 * (also inside the editor's frame, where WordPress 6.3 and later put the blocks).
 */
function partenariat_editor_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( PARTENARIAT_HANDLE );
	}
}
add_action( 'enqueue_block_assets', 'partenariat_editor_assets' );
