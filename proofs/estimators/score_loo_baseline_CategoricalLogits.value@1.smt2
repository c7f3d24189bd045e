; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'value@1', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!53 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x91 (- log!53)))
 (let ((?x96 (* 0.0 ?x91)))
 (let ((?x60 (- |logits[0]|)))
 (let ((?x94 (+ |logits[1]| ?x60)))
 (let ((?x95 (+ ?x94 ?x91)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x61 (+ |logits[2]| ?x60)))
 (let ((?x92 (+ ?x61 ?x91)))
 (let ((?x93 (* 0.0 ?x92)))
 (let ((?x98 (+ ?x93 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x101 (* ?x59 ?x100)))
 (or (and (distinct 0.0 ?x101) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(=> (> ?x54 0.0) (= exp!4 ?x54)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!72 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!5 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x104 (/ ?x51 exp!1)))
 (let ((?x103 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x135 (+ ?x103 ?x104)))
 (let ((?x123 (+ 1.0 ?x135)))
 (< 0.0 ?x123)))))))
(assert
 (let ((?x105 (- log!72)))
 (let ((?x118 (- |logits[2]|)))
 (let ((?x115 (+ |logits[0]| ?x118)))
 (let ((?x114 (+ ?x115 ?x105)))
 (let ((?x112 (* 0.0 ?x114)))
 (let ((?x117 (+ |logits[1]| ?x118)))
 (let ((?x116 (+ ?x117 ?x105)))
 (let ((?x110 (+ ?x116 ?x112)))
 (let ((?x119 (* 0.0 ?x105)))
 (let ((?x109 (+ ?x119 ?x110)))
 (let ((?x108 (- ?x109)))
 (let ((?x107 (+ ?x109 ?x108)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x106 (* ?x59 ?x107)))
 (or (and (distinct 0.0 ?x106) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (=> (> ?x54 0.0) (= exp!4 ?x54))))))))
(assert
 (= (< log!72 |logits[2]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[2]| log!72) (< exp!1 exp!5)))
(assert
 (= (< log!72 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!72) (< exp!2 exp!5)))
(assert
 (= (< log!72 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!72) (< exp!3 exp!5)))
(assert
 (= (< log!72 log!53) (< exp!5 exp!4)))
(assert
 (= (< log!53 log!72) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!72 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!72)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x104 (/ ?x51 exp!1)))
(let ((?x103 (/ (* 1.0 exp!2) exp!1)))
(let ((?x135 (+ ?x103 ?x104)))
(let ((?x123 (+ 1.0 ?x135)))
(=> (> ?x123 0.0) (= exp!5 ?x123))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!93 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!72 () Real)
(declare-fun exp!6 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x102 (* 1.0 exp!2)))
 (let ((?x397 (/ ?x102 exp!3)))
 (let ((?x304 (+ 1.0 ?x397)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x341 (/ ?x24 exp!3)))
 (let ((?x420 (+ ?x341 ?x304)))
 (< 0.0 ?x420))))))))
(assert
 (let ((?x181 (- log!93)))
 (let ((?x363 (- |logits[1]|)))
 (let ((?x170 (+ |logits[0]| ?x363)))
 (let ((?x348 (+ ?x170 ?x181)))
 (let ((?x351 (* 0.0 ?x348)))
 (let ((?x417 (+ ?x181 ?x351)))
 (let ((?x400 (+ |logits[2]| ?x363)))
 (let ((?x160 (+ ?x400 ?x181)))
 (let ((?x395 (* 0.0 ?x160)))
 (let ((?x398 (+ ?x395 ?x417)))
 (let ((?x396 (- ?x398)))
 (let ((?x337 (+ ?x398 ?x396)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x408 (* ?x59 ?x337)))
 (or (and (distinct 0.0 ?x408) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (=> (> ?x54 0.0) (= exp!4 ?x54)))))))))
(assert
 (= (< log!72 |logits[2]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[2]| log!72) (< exp!1 exp!5)))
(assert
 (= (< log!72 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!72) (< exp!2 exp!5)))
(assert
 (= (< log!72 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!72) (< exp!3 exp!5)))
(assert
 (= (< log!72 log!53) (< exp!5 exp!4)))
(assert
 (= (< log!53 log!72) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!72 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!72)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x104 (/ ?x51 exp!1)))
 (let ((?x102 (* 1.0 exp!2)))
 (let ((?x103 (/ ?x102 exp!1)))
 (let ((?x135 (+ ?x103 ?x104)))
 (let ((?x123 (+ 1.0 ?x135)))
 (=> (> ?x123 0.0) (= exp!5 ?x123)))))))))
(assert
 (= (< log!93 |logits[2]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[2]| log!93) (< exp!1 exp!6)))
(assert
 (= (< log!93 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!93) (< exp!2 exp!6)))
(assert
 (= (< log!93 |logits[1]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[1]| log!93) (< exp!3 exp!6)))
(assert
 (= (< log!93 log!53) (< exp!6 exp!4)))
(assert
 (= (< log!53 log!93) (< exp!4 exp!6)))
(assert
 (= (< log!93 log!72) (< exp!6 exp!5)))
(assert
 (= (< log!72 log!93) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!93 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!93)))
(assert
 (let ((?x102 (* 1.0 exp!2)))
(let ((?x397 (/ ?x102 exp!3)))
(let ((?x304 (+ 1.0 ?x397)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x341 (/ ?x24 exp!3)))
(let ((?x420 (+ ?x341 ?x304)))
(=> (> ?x420 0.0) (= exp!6 ?x420)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!72 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!93 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x104 (/ ?x51 exp!1)))
 (let ((?x102 (* 1.0 exp!2)))
 (let ((?x103 (/ ?x102 exp!1)))
 (let ((?x135 (+ ?x103 ?x104)))
 (let ((?x123 (+ 1.0 ?x135)))
 (< 0.0 ?x123))))))))
(assert
 (let ((?x105 (- log!72)))
 (let ((?x118 (- |logits[2]|)))
 (let ((?x115 (+ |logits[0]| ?x118)))
 (let ((?x114 (+ ?x115 ?x105)))
 (let ((?x112 (* 0.0 ?x114)))
 (let ((?x117 (+ |logits[1]| ?x118)))
 (let ((?x116 (+ ?x117 ?x105)))
 (let ((?x110 (+ ?x116 ?x112)))
 (let ((?x119 (* 0.0 ?x105)))
 (let ((?x109 (+ ?x119 ?x110)))
 (let ((?x108 (- ?x109)))
 (let ((?x107 (+ ?x109 ?x108)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x106 (* ?x59 ?x107)))
 (or (and (distinct 0.0 ?x106) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (=> (> ?x54 0.0) (= exp!4 ?x54)))))))))
(assert
 (= (< log!72 |logits[2]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[2]| log!72) (< exp!1 exp!5)))
(assert
 (= (< log!72 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!72) (< exp!2 exp!5)))
(assert
 (= (< log!72 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!72) (< exp!3 exp!5)))
(assert
 (= (< log!72 log!53) (< exp!5 exp!4)))
(assert
 (= (< log!53 log!72) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!72 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!72)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x104 (/ ?x51 exp!1)))
 (let ((?x102 (* 1.0 exp!2)))
 (let ((?x103 (/ ?x102 exp!1)))
 (let ((?x135 (+ ?x103 ?x104)))
 (let ((?x123 (+ 1.0 ?x135)))
 (=> (> ?x123 0.0) (= exp!5 ?x123)))))))))
(assert
 (= (< log!93 |logits[2]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[2]| log!93) (< exp!1 exp!6)))
(assert
 (= (< log!93 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!93) (< exp!2 exp!6)))
(assert
 (= (< log!93 |logits[1]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[1]| log!93) (< exp!3 exp!6)))
(assert
 (= (< log!93 log!53) (< exp!6 exp!4)))
(assert
 (= (< log!53 log!93) (< exp!4 exp!6)))
(assert
 (= (< log!93 log!72) (< exp!6 exp!5)))
(assert
 (= (< log!72 log!93) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!93 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!93)))
(assert
 (let ((?x102 (* 1.0 exp!2)))
(let ((?x397 (/ ?x102 exp!3)))
(let ((?x304 (+ 1.0 ?x397)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x341 (/ ?x24 exp!3)))
(let ((?x420 (+ ?x341 ?x304)))
(=> (> ?x420 0.0) (= exp!6 ?x420)))))))))
(check-sat)
(pop 1)
