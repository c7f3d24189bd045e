; certjax: rule gaussian.mvn_kl, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |sigma[0]| () Real)
(declare-fun |sigma[1]| () Real)
(declare-fun |sigma[2]| () Real)
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (let (($x26 (= 0.0 |sigma[2]|)))
 (not $x26)))
(assert
 (let (($x27 (= 0.0 |sigma[0]|)))
 (not $x27)))
(assert
 (let (($x29 (= 0.0 |sigma[1]|)))
 (not $x29)))
(assert
 (let (($x27 (= 0.0 |sigma[0]|)))
 (not $x27)))
(assert
 (let (($x29 (= 0.0 |sigma[1]|)))
 (not $x29)))
(assert
 (let (($x26 (= 0.0 |sigma[2]|)))
 (not $x26)))
(assert
 (let (($x26 (= 0.0 |sigma[2]|)))
(let (($x25 (not $x26)))
(let (($x29 (= 0.0 |sigma[1]|)))
(let (($x28 (not $x29)))
(let (($x27 (= 0.0 |sigma[0]|)))
(let (($x6 (not $x27)))
(let (($x21 (< 0.0 |sigma[1]|)))
(let (($x19 (< 0.0 |sigma[0]|)))
(let (($x23 (< 0.0 |sigma[2]|)))
(not (and $x23 $x19 $x21 $x6 $x28 $x25))))))))))))
(check-sat)
(pop 1)
