<?xml version="1.0" encoding="UTF-8"?>
<!-- categories.xsl - the course category tree: a create form and each category's actions. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='categories']" mode="title"><xsl:call-template name="msg.categories.title"/></xsl:template>

  <xsl:template match="category-tree" mode="body">
    <h1><xsl:call-template name="msg.categories.title"/></h1>
    <xsl:variable name="top"><xsl:call-template name="msg.categories.top"/></xsl:variable>
    <h2><xsl:call-template name="msg.categories.new"/></h2>
    <form class="form" method="post" action="{$base}/categories">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.name"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">100</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">parent</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.categories.parent"/></xsl:with-param>
        <xsl:with-param name="items" select="category"/>
        <xsl:with-param name="any" select="$top"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <h2><xsl:call-template name="msg.categories.tree"/></h2>
    <ul class="tree">
      <xsl:for-each select="category">
        <xsl:variable name="depth" select="string-length(@path) - string-length(translate(@path, '/', '')) - 2"/>
        <li class="depth-{$depth}">
          <details>
            <summary>
              <xsl:value-of select="."/>
              <span class="meta"> · <xsl:value-of select="@courses"/><xsl:text> </xsl:text><xsl:call-template name="msg.categories.courses"/></span>
            </summary>
            <form class="inline-form" method="post" action="{$base}/categories/{@id}">
              <xsl:call-template name="csrf"/>
              <label for="n-{@id}"><xsl:call-template name="msg.field.name"/></label>
              <input id="n-{@id}" name="name" value="{.}" maxlength="100" required="required"/>
              <button name="action" value="rename"><xsl:call-template name="msg.org.rename"/></button>
            </form>
            <form class="inline-form" method="post" action="{$base}/categories/{@id}">
              <xsl:call-template name="csrf"/>
              <label for="p-{@id}"><xsl:call-template name="msg.categories.parent"/></label>
              <select id="p-{@id}" name="parent">
                <option value="0"><xsl:value-of select="$top"/></option>
                <xsl:variable name="me" select="@path"/>
                <xsl:for-each select="../category[not(starts-with(@path, $me))]">
                  <option value="{@id}">
                    <xsl:if test="@id = current()/@parent"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                    <xsl:value-of select="."/>
                  </option>
                </xsl:for-each>
              </select>
              <button name="action" value="move"><xsl:call-template name="msg.org.move"/></button>
            </form>
            <form class="inline-form" method="post" action="{$base}/categories/{@id}">
              <xsl:call-template name="csrf"/>
              <button name="action" value="delete"><xsl:call-template name="msg.courses.remove"/></button>
            </form>
          </details>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
