<?xml version="1.0" encoding="UTF-8"?>
<!-- org.xsl - the organisation pages: department tree with its actions, posts, groups. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='org']" mode="title"><xsl:call-template name="msg.org.title"/></xsl:template>
  <xsl:template match="page[@name='posts']" mode="title"><xsl:call-template name="msg.posts.title"/></xsl:template>
  <xsl:template match="page[@name='groups']" mode="title"><xsl:call-template name="msg.groups.title"/></xsl:template>

  <xsl:template name="active-state">
    <xsl:if test="@active = 0"> · <xsl:call-template name="msg.disabled"/></xsl:if>
  </xsl:template>

  <xsl:template match="org-tree" mode="body">
    <h1><xsl:call-template name="msg.org.title"/></h1>
    <h2><xsl:call-template name="msg.org.new"/></h2>
    <form class="form" method="post" action="{$base}/org">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.name"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">100</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">parent</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.org.parent"/></xsl:with-param>
        <xsl:with-param name="items" select="dept[@active = 1]"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <h2><xsl:call-template name="msg.org.tree"/></h2>
    <ul class="tree">
      <!-- Each department's move form lists every active one: that list and the
           forms' stem are bound once, not found again per department. -->
      <xsl:variable name="targets" select="dept[@active = 1]"/>
      <xsl:variable name="action" select="concat($base, '/org/')"/>
      <xsl:for-each select="dept">
        <xsl:variable name="depth" select="string-length(@path) - string-length(translate(@path, '/', '')) - 2"/>
        <li class="depth-{$depth}">
          <details>
            <summary>
              <xsl:value-of select="."/>
              <span class="meta"> · <xsl:value-of select="@people"/><xsl:text> </xsl:text><xsl:call-template name="msg.org.people"/><xsl:call-template name="active-state"/></span>
            </summary>
            <form class="inline-form" method="post" action="{$action}{@id}">
              <xsl:call-template name="csrf"/>
              <label for="n-{@id}"><xsl:call-template name="msg.field.name"/></label>
              <input id="n-{@id}" name="name" value="{.}" maxlength="100"/>
              <button name="action" value="rename"><xsl:call-template name="msg.org.rename"/></button>
            </form>
            <xsl:if test="@id != 1">
              <form class="inline-form" method="post" action="{$action}{@id}">
                <xsl:call-template name="csrf"/>
                <label for="t-{@id}"><xsl:call-template name="msg.org.target"/></label>
                <select id="t-{@id}" name="target">
                  <xsl:for-each select="$targets">
                    <option value="{@id}"><xsl:value-of select="."/></option>
                  </xsl:for-each>
                </select>
                <button name="action" value="move"><xsl:call-template name="msg.org.move"/></button>
                <button name="action" value="merge"><xsl:call-template name="msg.org.merge"/></button>
              </form>
              <form class="inline-form" method="post" action="{$action}{@id}">
                <xsl:call-template name="csrf"/>
                <xsl:choose>
                  <xsl:when test="@active = 1"><button name="action" value="disable"><xsl:call-template name="msg.org.disable"/></button></xsl:when>
                  <xsl:otherwise><button name="action" value="enable"><xsl:call-template name="msg.org.enable"/></button></xsl:otherwise>
                </xsl:choose>
              </form>
            </xsl:if>
          </details>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- Posts and groups: a create form and one row of actions each. -->
  <xsl:template match="page[@name = 'posts']/posts | page[@name = 'groups']/groups[1]" mode="body">
    <xsl:variable name="kind" select="local-name()"/>
    <h1><xsl:apply-templates select="/page" mode="title"/></h1>
    <form class="form" method="post" action="{$base}/{$kind}">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.name"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">100</xsl:with-param>
      </xsl:call-template>
      <xsl:if test="$kind = 'groups'">
        <p class="field">
          <label for="f-kind"><xsl:call-template name="msg.groups.kind"/></label>
          <select id="f-kind" name="kind">
            <option value="group"><xsl:call-template name="msg.groups.group"/></option>
            <option value="class"><xsl:call-template name="msg.groups.class"/></option>
          </select>
        </p>
        <xsl:call-template name="select">
          <xsl:with-param name="name">dept</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.field.dept"/></xsl:with-param>
          <xsl:with-param name="items" select="/page/depts/dept[@active = 1]"/>
        </xsl:call-template>
      </xsl:if>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <table class="grid">
      <thead><tr>
        <th scope="col"><xsl:call-template name="msg.field.name"/></th>
        <th scope="col"><xsl:call-template name="msg.org.people"/></th>
        <th scope="col"><xsl:call-template name="msg.person.actions"/></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="post | group">
          <tr>
            <td>
              <xsl:value-of select="."/>
              <xsl:if test="@dept"> <span class="meta"> · <xsl:value-of select="@dept"/></span></xsl:if>
              <xsl:call-template name="active-state"/>
            </td>
            <td><a href="{$base}/people?{local-name()}={@id}"><xsl:value-of select="@people"/></a></td>
            <td>
              <form class="inline-form" method="post" action="{$base}/{$kind}/{@id}">
                <xsl:call-template name="csrf"/>
                <label for="n-{@id}" class="sr"><xsl:call-template name="msg.field.name"/></label>
                <input id="n-{@id}" name="name" value="{.}" maxlength="100"/>
                <button name="action" value="rename"><xsl:call-template name="msg.org.rename"/></button>
                <xsl:choose>
                  <xsl:when test="@active = 1"><button name="action" value="disable"><xsl:call-template name="msg.org.disable"/></button></xsl:when>
                  <xsl:otherwise><button name="action" value="enable"><xsl:call-template name="msg.org.enable"/></button></xsl:otherwise>
                </xsl:choose>
              </form>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
