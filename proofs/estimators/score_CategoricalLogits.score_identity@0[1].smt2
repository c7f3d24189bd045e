; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!95 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x103 (/ ?x36 ?x57)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ 1.0 ?x104)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x101 (/ 1.0 exp!4)))
 (let ((?x110 (* ?x101 ?x109)))
 (let ((?x111 (* |f[0]| ?x110)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x100 (* ?x36 ?x99)))
 (let ((?x102 (* ?x101 ?x100)))
 (or (and (distinct ?x102 ?x111) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (< 0.0 ?x360)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (< 0.0 ?x360)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x436 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let ((?x229 (/ ?x116 ?x360)))
 (let ((?x239 (- ?x229)))
 (let ((?x162 (+ 1.0 ?x239)))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (+ ?x239 ?x163)))
 (let ((?x241 (* 0.0 ?x239)))
 (let ((?x165 (+ ?x241 ?x164)))
 (let ((?x141 (/ ?x436 exp!5)))
 (let ((?x280 (* ?x141 ?x165)))
 (let ((?x290 (* |f[0]| ?x280)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x153 (/ ?x98 ?x360)))
 (let ((?x140 (* ?x116 ?x153)))
 (let ((?x235 (* ?x141 ?x140)))
 (or (and (distinct ?x235 ?x290) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!147 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!147) (< exp!1 exp!5)))
(assert
 (= (< log!147 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!147) (< exp!2 exp!5)))
(assert
 (= (< log!147 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!147) (< exp!3 exp!5)))
(assert
 (= (< log!147 log!95) (< exp!5 exp!4)))
(assert
 (= (< log!95 log!147) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!147 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!147)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x116 (/ ?x9 exp!3)))
(let ((?x436 (/ (* 1.0 exp!2) exp!3)))
(let ((?x343 (+ ?x436 ?x116)))
(let ((?x360 (+ 1.0 ?x343)))
(=> (> ?x360 0.0) (= exp!5 ?x360))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!147 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (< 0.0 ?x384))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (let (($x403 (= 0.0 ?x384)))
 (not $x403)))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (let (($x403 (= 0.0 ?x384)))
 (not $x403)))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (let (($x403 (= 0.0 ?x384)))
 (not $x403)))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (< 0.0 ?x384))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (let (($x403 (= 0.0 ?x384)))
 (not $x403)))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (let (($x403 (= 0.0 ?x384)))
 (not $x403)))))))))
(assert
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x348 exp!1)))
 (let ((?x284 (+ 1.0 ?x472)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x686 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x686 ?x284)))
 (let ((?x248 (/ 1.0 ?x384)))
 (let ((?x483 (- ?x248)))
 (let ((?x350 (+ 1.0 ?x483)))
 (let ((?x287 (* 0.0 ?x350)))
 (let ((?x684 (+ ?x483 ?x287)))
 (let ((?x275 (* 0.0 ?x483)))
 (let ((?x667 (+ ?x275 ?x684)))
 (let ((?x247 (/ ?x472 exp!6)))
 (let ((?x137 (* ?x247 ?x667)))
 (let ((?x345 (* |f[0]| ?x137)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x488 (/ ?x98 ?x384)))
 (let ((?x351 (* ?x247 ?x488)))
 (or (and (distinct ?x351 ?x345) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!147 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!147) (< exp!1 exp!5)))
(assert
 (= (< log!147 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!147) (< exp!2 exp!5)))
(assert
 (= (< log!147 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!147) (< exp!3 exp!5)))
(assert
 (= (< log!147 log!95) (< exp!5 exp!4)))
(assert
 (= (< log!95 log!147) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!147 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!147)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (=> (> ?x360 0.0) (= exp!5 ?x360)))))))))
(assert
 (= (< log!201 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!201) (< exp!1 exp!6)))
(assert
 (= (< log!201 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!201) (< exp!2 exp!6)))
(assert
 (= (< log!201 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!201) (< exp!3 exp!6)))
(assert
 (= (< log!201 log!95) (< exp!6 exp!4)))
(assert
 (= (< log!95 log!201) (< exp!4 exp!6)))
(assert
 (= (< log!201 log!147) (< exp!6 exp!5)))
(assert
 (= (< log!147 log!201) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!201 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!201)))
(assert
 (let ((?x348 (* 1.0 exp!2)))
(let ((?x472 (/ ?x348 exp!1)))
(let ((?x284 (+ 1.0 ?x472)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x686 (/ ?x55 exp!1)))
(let ((?x384 (+ ?x686 ?x284)))
(=> (> ?x384 0.0) (= exp!6 ?x384)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!95 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (< 0.0 ?x360))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (< 0.0 ?x360))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let (($x133 (= 0.0 ?x360)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (let ((?x229 (/ ?x116 ?x360)))
 (let ((?x239 (- ?x229)))
 (let ((?x162 (+ 1.0 ?x239)))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (+ ?x239 ?x163)))
 (let ((?x241 (* 0.0 ?x239)))
 (let ((?x165 (+ ?x241 ?x164)))
 (let ((?x141 (/ ?x436 exp!5)))
 (let ((?x280 (* ?x141 ?x165)))
 (let ((?x290 (* |f[0]| ?x280)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x153 (/ ?x98 ?x360)))
 (let ((?x140 (* ?x116 ?x153)))
 (let ((?x235 (* ?x141 ?x140)))
 (or (and (distinct ?x235 ?x290) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!147 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!147) (< exp!1 exp!5)))
(assert
 (= (< log!147 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!147) (< exp!2 exp!5)))
(assert
 (= (< log!147 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!147) (< exp!3 exp!5)))
(assert
 (= (< log!147 log!95) (< exp!5 exp!4)))
(assert
 (= (< log!95 log!147) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!147 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!147)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x348 (* 1.0 exp!2)))
 (let ((?x436 (/ ?x348 exp!3)))
 (let ((?x343 (+ ?x436 ?x116)))
 (let ((?x360 (+ 1.0 ?x343)))
 (=> (> ?x360 0.0) (= exp!5 ?x360)))))))))
(assert
 (= (< log!201 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!201) (< exp!1 exp!6)))
(assert
 (= (< log!201 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!201) (< exp!2 exp!6)))
(assert
 (= (< log!201 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!201) (< exp!3 exp!6)))
(assert
 (= (< log!201 log!95) (< exp!6 exp!4)))
(assert
 (= (< log!95 log!201) (< exp!4 exp!6)))
(assert
 (= (< log!201 log!147) (< exp!6 exp!5)))
(assert
 (= (< log!147 log!201) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!201 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!201)))
(assert
 (let ((?x348 (* 1.0 exp!2)))
(let ((?x472 (/ ?x348 exp!1)))
(let ((?x284 (+ 1.0 ?x472)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x686 (/ ?x55 exp!1)))
(let ((?x384 (+ ?x686 ?x284)))
(=> (> ?x384 0.0) (= exp!6 ?x384)))))))))
(check-sat)
(pop 1)
