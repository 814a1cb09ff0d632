<?xml version="1.0" encoding="UTF-8"?>
<!-- account.xsl - form fields and the pages of one's own account on every surface:
     sign in, password, reset link, profile, and the header's account links. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A labelled input: what was posted wins over the stored value; a field
       with an error says so to assistive technology. -->
  <xsl:template name="input">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="value"/>
    <xsl:param name="required"/>
    <xsl:param name="auto"/>
    <xsl:param name="max"/>
    <xsl:variable name="posted" select="/page/posted/field[@name = $name]"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <p class="field">
      <label for="f-{$name}"><xsl:value-of select="$label"/></label>
      <input id="f-{$name}" name="{$name}" type="{$type}">
        <xsl:if test="$type != 'password'">
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="$posted"><xsl:value-of select="$posted"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </xsl:if>
        <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
        <xsl:if test="$auto"><xsl:attribute name="autocomplete"><xsl:value-of select="$auto"/></xsl:attribute></xsl:if>
        <xsl:if test="$max"><xsl:attribute name="maxlength"><xsl:value-of select="$max"/></xsl:attribute></xsl:if>
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">e-<xsl:value-of select="$name"/></xsl:attribute>
        </xsl:if>
      </input>
      <xsl:if test="$err">
        <span class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></span>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- A select of one list (depts, posts, groups), indented by depth for departments. -->
  <xsl:template name="select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="items"/>
    <xsl:param name="value"/>
    <xsl:param name="any"/>
    <xsl:param name="required"/>
    <xsl:variable name="posted" select="/page/posted/field[@name = $name]"/>
    <xsl:variable name="chosen">
      <xsl:choose>
        <xsl:when test="$posted"><xsl:value-of select="$posted"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <p class="field">
      <label for="f-{$name}"><xsl:value-of select="$label"/></label>
      <select id="f-{$name}" name="{$name}">
        <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">e-<xsl:value-of select="$name"/></xsl:attribute>
        </xsl:if>
        <option value=""><xsl:value-of select="$any"/></option>
        <!-- A string, not the tree fragment: each option compares with it. -->
        <xsl:call-template name="list-options">
          <xsl:with-param name="items" select="$items"/>
          <xsl:with-param name="chosen" select="string($chosen)"/>
        </xsl:call-template>
      </select>
      <xsl:if test="$err"><span class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
  </xsl:template>

  <!-- The options of one organisation list (depts, posts, groups), those whose @id equals
       $chosen selected ($chosen a string, or for a multiple select the posted fields).
       Departments are indented by depth, one full-width space per level taken in one
       step (a tree deeper than 16 levels is shown at 16), computed here rather than in
       a called template: this runs once per option of every filter form. -->
  <xsl:template name="list-options">
    <xsl:param name="items"/>
    <xsl:param name="chosen"/>
    <xsl:for-each select="$items">
      <option value="{@id}">
        <xsl:if test="@id = $chosen"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:if test="@path">
          <xsl:value-of select="substring('　　　　　　　　　　　　　　　　', 1, string-length(@path) - string-length(translate(@path, '/', '')) - 2)"/>
        </xsl:if>
        <xsl:value-of select="."/>
      </option>
    </xsl:for-each>
  </xsl:template>

  <!-- One option of a hand-written select, selected when it is the current value. -->
  <xsl:template name="option">
    <xsl:param name="v"/>
    <xsl:param name="cur"/>
    <xsl:param name="label"/>
    <option value="{$v}">
      <xsl:if test="$v = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$label"/>
    </option>
  </xsl:template>

  <xsl:template name="csrf">
    <input type="hidden" name="csrf" value="{$csrf}"/>
  </xsl:template>

  <!-- Header: who is signed in, or the way to sign in. -->
  <xsl:template name="account-links">
    <xsl:choose>
      <xsl:when test="/page/user">
        <!-- The profile lives on the learner surfaces; the back office links the portal's. -->
        <span class="who">
          <a href="{substring-before(concat($base, '/admin'), '/admin')}/profile"><xsl:value-of select="/page/user/@name"/></a>
        </span>
        <form class="inline" method="post" action="{$base}/logout">
          <xsl:call-template name="csrf"/>
          <button><xsl:call-template name="msg.logout"/></button>
        </form>
      </xsl:when>
      <xsl:when test="/page/@name != 'login'">
        <a class="signin" href="{$base}/login"><xsl:call-template name="msg.login"/></a>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@name='login']" mode="title"><xsl:call-template name="msg.login"/></xsl:template>
  <xsl:template match="page[@name='password']" mode="title"><xsl:call-template name="msg.password.title"/></xsl:template>
  <xsl:template match="page[@name='reset']" mode="title"><xsl:call-template name="msg.reset.title"/></xsl:template>
  <xsl:template match="page[@name='profile']" mode="title"><xsl:call-template name="msg.profile.title"/></xsl:template>

  <xsl:template match="login" mode="body">
    <h1><xsl:call-template name="msg.login"/></h1>
    <xsl:if test="@done = 'reset'">
      <p class="note" role="status"><xsl:call-template name="msg.reset.done"/></p>
    </xsl:if>
    <xsl:if test="@locked-until">
      <p class="warn" role="alert">
        <xsl:call-template name="msg.login.locked"/>
        <xsl:text> </xsl:text>
        <time><xsl:value-of select="@locked-until"/></time>
      </p>
    </xsl:if>
    <form class="form" method="post" action="{$base}/login">
      <xsl:call-template name="csrf"/>
      <xsl:if test="@back"><input type="hidden" name="back" value="{@back}"/></xsl:if>
      <xsl:call-template name="input">
        <xsl:with-param name="name">username</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.username"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="auto">username</xsl:with-param>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">password</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.password"/></xsl:with-param>
        <xsl:with-param name="type">password</xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="auto">current-password</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.login"/></button></p>
    </form>
    <p class="meta"><xsl:call-template name="msg.login.forgot"/></p>
    <xsl:if test="@register">
      <p><a href="{$base}/register"><xsl:call-template name="msg.register.link"/></a></p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page[@name='register']" mode="title"><xsl:call-template name="msg.register.title"/></xsl:template>

  <!-- Self-registration: real name and identity, where one works, and a password. -->
  <xsl:template match="register" mode="body">
    <h1><xsl:call-template name="msg.register.title"/></h1>
    <xsl:choose>
      <xsl:when test="@done = 'sent'">
        <p class="note" role="status"><xsl:call-template name="msg.register.sent"/></p>
        <p><a href="{$base}/login"><xsl:call-template name="msg.login"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="meta"><xsl:call-template name="msg.register.intro"/></p>
        <xsl:variable name="choose"><xsl:call-template name="msg.choose"/></xsl:variable>
        <form class="form" method="post" action="{$base}/register">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="input">
            <xsl:with-param name="name">name</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.name"/></xsl:with-param>
            <xsl:with-param name="required">1</xsl:with-param>
            <xsl:with-param name="auto">name</xsl:with-param>
            <xsl:with-param name="max">64</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">id_no</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.id_no"/></xsl:with-param>
            <xsl:with-param name="required">1</xsl:with-param>
            <xsl:with-param name="auto">off</xsl:with-param>
            <xsl:with-param name="max">18</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">phone</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.phone"/></xsl:with-param>
            <xsl:with-param name="type">tel</xsl:with-param>
            <xsl:with-param name="required">1</xsl:with-param>
            <xsl:with-param name="auto">tel</xsl:with-param>
            <xsl:with-param name="max">11</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">email</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.email"/></xsl:with-param>
            <xsl:with-param name="type">email</xsl:with-param>
            <xsl:with-param name="auto">email</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">emp_no</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.emp_no"/></xsl:with-param>
            <xsl:with-param name="max">32</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="name">dept</xsl:with-param>
            <xsl:with-param name="required">1</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.dept"/></xsl:with-param>
            <xsl:with-param name="items" select="/page/depts/dept[@active = 1]"/>
            <xsl:with-param name="any" select="$choose"/>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="name">post</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.post"/></xsl:with-param>
            <xsl:with-param name="items" select="/page/posts/post[@active = 1]"/>
            <xsl:with-param name="any" select="$choose"/>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">login</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.username"/></xsl:with-param>
            <xsl:with-param name="required">1</xsl:with-param>
            <xsl:with-param name="auto">username</xsl:with-param>
            <xsl:with-param name="max">64</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="new-password-fields"/>
          <p><button type="submit"><xsl:call-template name="msg.register.submit"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="new-password-fields">
    <xsl:call-template name="input">
      <xsl:with-param name="name">new_password</xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.field.new_password"/></xsl:with-param>
      <xsl:with-param name="type">password</xsl:with-param>
      <xsl:with-param name="required">1</xsl:with-param>
      <xsl:with-param name="auto">new-password</xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="input">
      <xsl:with-param name="name">confirm_password</xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.field.confirm_password"/></xsl:with-param>
      <xsl:with-param name="type">password</xsl:with-param>
      <xsl:with-param name="required">1</xsl:with-param>
      <xsl:with-param name="auto">new-password</xsl:with-param>
    </xsl:call-template>
    <p class="meta"><xsl:call-template name="msg.password.rule"/></p>
  </xsl:template>

  <xsl:template match="password" mode="body">
    <h1><xsl:call-template name="msg.password.title"/></h1>
    <xsl:if test="/page/user/@must-change">
      <p class="warn" role="alert"><xsl:call-template name="msg.password.must"/></p>
    </xsl:if>
    <form class="form" method="post" action="{$base}/password">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">current_password</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.current_password"/></xsl:with-param>
        <xsl:with-param name="type">password</xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="auto">current-password</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="new-password-fields"/>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>

  <xsl:template match="reset" mode="body">
    <h1><xsl:call-template name="msg.reset.title"/></h1>
    <xsl:choose>
      <xsl:when test="@expired">
        <p class="warn" role="alert"><xsl:call-template name="msg.reset.expired"/></p>
      </xsl:when>
      <xsl:otherwise>
        <form class="form" method="post" action="{$base}/reset">
          <xsl:call-template name="csrf"/>
          <input type="hidden" name="token" value="{@token}"/>
          <xsl:call-template name="new-password-fields"/>
          <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="profile" mode="body">
    <h1><xsl:call-template name="msg.profile.title"/></h1>
    <xsl:if test="@done">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="@done = 'password'"><xsl:call-template name="msg.password.done"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.saved"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <xsl:call-template name="person-facts"/>
    <h2><xsl:call-template name="msg.profile.bind"/></h2>
    <form class="form" method="post" action="{$base}/profile">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">email</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.email"/></xsl:with-param>
        <xsl:with-param name="type">email</xsl:with-param>
        <xsl:with-param name="value" select="@email"/>
        <xsl:with-param name="auto">email</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">phone</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.phone"/></xsl:with-param>
        <xsl:with-param name="type">tel</xsl:with-param>
        <xsl:with-param name="value" select="@phone"/>
        <xsl:with-param name="auto">tel</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <p><a href="{$base}/password"><xsl:call-template name="msg.password.title"/></a></p>
  </xsl:template>

  <!-- What the platform knows of a person, for the profile and the editor. -->
  <xsl:template name="person-facts">
    <dl class="facts">
      <dt><xsl:call-template name="msg.field.name"/></dt><dd><xsl:value-of select="."/></dd>
      <dt><xsl:call-template name="msg.field.username"/></dt><dd><xsl:value-of select="@login"/></dd>
      <dt><xsl:call-template name="msg.field.emp_no"/></dt><dd><xsl:value-of select="@emp-no"/></dd>
      <dt><xsl:call-template name="msg.field.dept"/></dt><dd><xsl:value-of select="@dept"/></dd>
      <dt><xsl:call-template name="msg.field.post"/></dt><dd><xsl:value-of select="@post"/></dd>
      <dt><xsl:call-template name="msg.field.groups"/></dt><dd><xsl:value-of select="@groups"/></dd>
      <dt><xsl:call-template name="msg.field.roles"/></dt>
      <dd><xsl:call-template name="role-names"><xsl:with-param name="list" select="@roles"/></xsl:call-template></dd>
      <dt><xsl:call-template name="msg.field.mentor"/></dt><dd><xsl:value-of select="@mentor"/></dd>
    </dl>
  </xsl:template>

  <!-- "head officer" as translated names. -->
  <xsl:template name="role-names">
    <xsl:param name="list"/>
    <xsl:call-template name="msg.role.learner"/>
    <xsl:if test="contains(concat(' ', $list, ' '), ' admin ')"><xsl:call-template name="msg.sep"/><xsl:call-template name="msg.role.admin"/></xsl:if>
    <xsl:if test="contains(concat(' ', $list, ' '), ' head ')"><xsl:call-template name="msg.sep"/><xsl:call-template name="msg.role.head"/></xsl:if>
    <xsl:if test="contains(concat(' ', $list, ' '), ' officer ')"><xsl:call-template name="msg.sep"/><xsl:call-template name="msg.role.officer"/></xsl:if>
    <xsl:if test="contains(concat(' ', $list, ' '), ' mentor ')"><xsl:call-template name="msg.sep"/><xsl:call-template name="msg.role.mentor"/></xsl:if>
    <xsl:if test="contains(concat(' ', $list, ' '), ' lecturer ')"><xsl:call-template name="msg.sep"/><xsl:call-template name="msg.role.lecturer"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
