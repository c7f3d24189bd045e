; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'defined@1', verdict proved
; 9 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (let (($x57 (not $x58)))
 (let (($x55 (< 0.0 ?x54)))
 (not (and $x55 $x57))))))))))
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
(check-sat)
(pop 1)
; region 2 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (= |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (let (($x57 (not $x58)))
 (let (($x55 (< 0.0 ?x54)))
 (not (and $x55 $x57)))))))))))
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
(check-sat)
(pop 1)
; region 3 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (let (($x210 (not $x212)))
 (let (($x215 (< 0.0 ?x211)))
 (not (and $x215 $x210)))))))))))
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
(check-sat)
(pop 1)
; region 4 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (let (($x57 (not $x58)))
 (let (($x55 (< 0.0 ?x54)))
 (not (and $x55 $x57)))))))))))
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
(check-sat)
(pop 1)
; region 5 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= |logits[0]| |logits[1]|))
(assert
 (= |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (let (($x57 (not $x58)))
 (let (($x55 (< 0.0 ?x54)))
 (not (and $x55 $x57)))))))))))
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
(check-sat)
(pop 1)
; region 6 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (= |logits[0]| |logits[1]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x61 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (let (($x210 (not $x212)))
 (let (($x215 (< 0.0 ?x211)))
 (not (and $x215 $x210)))))))))))
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
(check-sat)
(pop 1)
; region 7 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (< 0.0 ?x127))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (let (($x193 (not $x236)))
 (let (($x176 (< 0.0 ?x127)))
 (not (and $x176 $x193))))))))))))
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
(check-sat)
(pop 1)
; region 8 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (= |logits[1]| |logits[2]|))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (< 0.0 ?x127))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (< 0.0 ?x127))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (not $x236)))))))))
(assert
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x137 (/ ?x56 exp!3)))
 (let ((?x166 (+ 1.0 ?x137)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x170 (/ ?x24 exp!3)))
 (let ((?x127 (+ ?x170 ?x166)))
 (let (($x236 (= 0.0 ?x127)))
 (let (($x193 (not $x236)))
 (let (($x176 (< 0.0 ?x127)))
 (not (and $x176 $x193))))))))))))
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
(check-sat)
(pop 1)
; region 9 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (< 0.0 ?x211))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (not $x212)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x214 (/ ?x51 exp!1)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x61 (/ ?x56 exp!1)))
 (let ((?x62 (+ ?x61 ?x214)))
 (let ((?x211 (+ 1.0 ?x62)))
 (let (($x212 (= 0.0 ?x211)))
 (let (($x210 (not $x212)))
 (let (($x215 (< 0.0 ?x211)))
 (not (and $x215 $x210))))))))))))
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
(check-sat)
(pop 1)
